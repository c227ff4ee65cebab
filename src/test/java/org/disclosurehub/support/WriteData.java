package org.disclosurehub.support;

import org.disclosurehub.ingest.DatasetImporter;

/**
 * The agencies, powers, officers and one decision every {@link WriteHubTest} works with: those of
 * {@link DatasetBuilder#validDataset()} with {@link DatasetBuilder#withPenaltyDecisions()}. The
 * department ({@link DatasetBuilder#DEPARTMENT}) plays "our" agency, the township
 * ({@link DatasetBuilder#TOWNSHIP}) "another" agency; the street office has an enforcement team.
 */
public final class WriteData {

    private WriteData() {
    }

    /** Imports the dataset (again: an import of the same data changes nothing). */
    public static void load(DatasetImporter importer) {
        PolicyData.importMore(importer, DatasetBuilder.validDataset().withPenaltyDecisions());
    }
}
