package org.disclosurehub;

import java.nio.file.Path;

import org.disclosurehub.database.DataFolderInUseException;
import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Disclosure Hub. With no command it serves GraphQL; {@code import DIR} imports a dataset folder
 * and exits (0 imported, 1 rejected, 2 usage or environment error).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisclosureHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importCommand(args));
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("usage: java -jar disclosure-hub.jar [import DIR]");
            System.exit(ImportCommand.USAGE_OR_ENVIRONMENT);
        }
        SpringApplication.run(DisclosureHubApplication.class, args);
    }

    private static int importCommand(String[] args) {
        Path dir = ImportCommand.folder(args, System.err);
        if (dir == null) {
            return ImportCommand.USAGE_OR_ENVIRONMENT;
        }
        SpringApplication app = new SpringApplication(DisclosureHubApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // As arguments, not defaults: application.yml's ${DATAHUB_SEED:true} would outrank defaults,
        // and an import must never slip the seed dataset in beside the one it was asked for.
        String[] settings = {"--datahub.seed.enabled=false", "--logging.level.root=OFF"};
        ConfigurableApplicationContext context;
        try {
            context = app.run(settings);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof DataFolderInUseException)) {
                cause = cause.getCause();
            }
            System.err.println("import: " + (cause != null ? cause.getMessage()
                    : "the hub could not start (" + e.getClass().getSimpleName() + "); check DATAHUB_DB_URL and the log"));
            return ImportCommand.USAGE_OR_ENVIRONMENT;
        }
        try (context) {
            return ImportCommand.run(context.getBean(DatasetImporter.class), dir, System.out);
        } catch (RuntimeException e) {
            // The data were valid but could not be written (the database went away, say): the
            // transaction rolled back, so nothing changed.
            System.err.println("import: writing failed (" + e.getClass().getSimpleName()
                    + "); nothing was written. Check the database and try again.");
            return ImportCommand.USAGE_OR_ENVIRONMENT;
        }
    }
}
