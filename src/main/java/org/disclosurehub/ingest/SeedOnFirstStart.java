package org.disclosurehub.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Imports seed-data/ the first time the hub starts on a database, so a fresh clone serves
 * realistic data at once. Later starts find the seed in the import log and do nothing.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
class SeedOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedOnFirstStart.class);

    private final SeedProperties properties;
    private final DatasetImporter importer;

    SeedOnFirstStart(SeedProperties properties, DatasetImporter importer) {
        this.properties = properties;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || importer.seeded()) {
            return;
        }
        Dataset seed = properties.dir() != null ? new FolderDataset(properties.dir()) : new ClasspathDataset("seed-data");
        ImportReport report = importer.importDataset(seed, true);
        if (!report.imported()) {
            report.errors().stream().limit(20).forEach(e -> log.error("seed: {}", e));
            throw new IllegalStateException("The seed dataset " + seed.description() + " was rejected ("
                    + report.errorCount() + " problems); nothing was imported.");
        }
        log.info("Seeded {} rows from {} in {} ms", report.rows(), seed.description(), report.millis());
    }
}
