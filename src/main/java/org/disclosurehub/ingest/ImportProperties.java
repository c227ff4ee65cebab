package org.disclosurehub.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.import.*}: how datasets are imported.
 *
 * @param loadBatchSize the most penalty decisions per LOAD DATA statement and table when a first
 *                      import loads them in bulk (database/LocalInfile), while the next batch is
 *                      read. Large batches are cheaper for the database's bulk path; the batch
 *                      waits in load files, not in memory. The first batches are smaller (an
 *                      eighth of it, then half as large again each time) so that the database
 *                      does not wait long for its first rows: 200,000 (the default) is 9 loads
 *                      for 1M decisions, the first after 25,000 were read
 */
@ConfigurationProperties("datahub.import")
public record ImportProperties(int loadBatchSize) {

    public ImportProperties {
        loadBatchSize = loadBatchSize <= 0 ? 200_000 : loadBatchSize;
    }
}
