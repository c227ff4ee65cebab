package org.disclosurehub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.ingest.FolderDataset;
import org.disclosurehub.ingest.ImportReport;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading datasets of penalty decisions into the database of a {@link PolicyHubTest}. */
public final class PolicyData {

    /** Every table that holds penalty decisions or anything derived from them. */
    public static final List<String> DECISION_TABLES = List.of("penalty_decision", "decision_officer",
            "public_decision", "public_decision_gram", "withdrawal_notice", "publication_event");

    private PolicyData() {
    }

    /** Removes every decision and everything derived from them (other test classes share the database). */
    public static void reset(JdbcTemplate jdbc) {
        DECISION_TABLES.forEach(t -> jdbc.update("DELETE FROM " + t));
    }

    /** Clears the decisions, then imports the dataset; fails if it is rejected. */
    public static ImportReport load(JdbcTemplate jdbc, DatasetImporter importer, DatasetBuilder data) {
        reset(jdbc);
        return importMore(importer, data);
    }

    /** Imports the dataset over what is there (a later delivery); fails if it is rejected. */
    public static ImportReport importMore(DatasetImporter importer, DatasetBuilder data) {
        try {
            Path dir = Files.createTempDirectory("policy-data");
            ImportReport report = importer.importDataset(new FolderDataset(data.writeTo(dir)), false);
            if (!report.imported()) {
                throw new AssertionError("the test dataset was rejected: " + report.errors());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
