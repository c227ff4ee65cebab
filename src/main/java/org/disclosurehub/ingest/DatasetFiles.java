package org.disclosurehub.ingest;

import java.util.List;

/** The files of the dataset contract (DATASET.md), in import order. */
final class DatasetFiles {

    static final List<String> ORDER = List.of("calendar.csv", "agencies.csv", "powers.csv", "officers.csv",
            "penalty_decisions.csv", "disclosure_requests.csv", "request_events.csv");

    private DatasetFiles() {
    }

    static int order(String file) {
        int i = ORDER.indexOf(file);
        return i < 0 ? -1 : i;
    }
}
