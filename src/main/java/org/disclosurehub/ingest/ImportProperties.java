package org.disclosurehub.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.import.*}: how datasets are imported.
 *
 * @param loadBatchSize penalty decisions per LOAD DATA statement and table when a first import
 *                      loads them in bulk (database/LocalInfile), while the next batch is read.
 *                      Large batches are cheaper for the database's bulk path; the batch waits in
 *                      load files, not in memory. 200,000 (the default) is 5 loads for 1M
 *                      decisions, the first after a fifth of the file was read
 */
@ConfigurationProperties("datahub.import")
public record ImportProperties(int loadBatchSize) {

    public ImportProperties {
        loadBatchSize = loadBatchSize <= 0 ? 200_000 : loadBatchSize;
    }
}
