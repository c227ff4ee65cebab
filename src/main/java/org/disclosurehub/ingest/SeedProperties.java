package org.disclosurehub.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code datahub.seed.*}: the default dataset imported on first start.
 *
 * @param enabled whether to import it on first start ({@code DATAHUB_SEED}, default true)
 * @param dir     a folder to seed from instead of the seed-data packaged in the jar
 */
@ConfigurationProperties("datahub.seed")
public record SeedProperties(boolean enabled, Path dir) {
}
