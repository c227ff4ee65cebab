package org.disclosurehub.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of an import. All are counted; the first {@link #MAX_LISTED} are kept
 * with their row numbers, so a file that is wrong from top to bottom cannot exhaust memory.
 */
final class ErrorSink {

    static final int MAX_LISTED = 10_000;

    private final List<ImportError> listed = new ArrayList<>();
    private long count;

    void add(ImportError error) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(error);
        }
    }

    void add(String file, int row, String column, String message) {
        add(new ImportError(file, row, column, message));
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    List<ImportError> sorted() {
        List<ImportError> sorted = new ArrayList<>(listed);
        Collections.sort(sorted);
        return sorted;
    }
}
