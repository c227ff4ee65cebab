package org.disclosurehub;

import java.nio.file.Path;

import org.disclosurehub.database.DataFolderInUseException;
import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.ingest.ImportCommand;
import org.disclosurehub.security.TokenCommand;
import org.disclosurehub.security.TokenStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Disclosure Hub. With no command it serves GraphQL; {@code import DIR} imports a dataset folder
 * and {@code token issue|list|revoke} manages agency credentials, then exit (0 done, 1 rejected
 * or refused, 2 usage or environment error).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DisclosureHubApplication {

    private static final int USAGE_OR_ENVIRONMENT = 2;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importCommand(args));
        }
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(tokenCommand(args));
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.err.println("usage: java -jar disclosure-hub.jar [import DIR | token issue|list|revoke …]");
            System.exit(USAGE_OR_ENVIRONMENT);
        }
        SpringApplication.run(DisclosureHubApplication.class, args);
    }

    private static int importCommand(String[] args) {
        Path dir = ImportCommand.folder(args, System.err);
        if (dir == null) {
            return ImportCommand.USAGE_OR_ENVIRONMENT;
        }
        ConfigurableApplicationContext context = startForCommand("import");
        if (context == null) {
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

    private static int tokenCommand(String[] args) {
        TokenCommand.Request request = TokenCommand.parse(args, System.err);
        if (request == null) {
            return TokenCommand.USAGE_OR_ENVIRONMENT;
        }
        ConfigurableApplicationContext context = startForCommand("token");
        if (context == null) {
            return TokenCommand.USAGE_OR_ENVIRONMENT;
        }
        try (context) {
            return TokenCommand.run(request, context.getBean(TokenStore.class), System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("token: the database could not be written (" + e.getClass().getSimpleName()
                    + "); nothing changed. Check the database and try again.");
            return TokenCommand.USAGE_OR_ENVIRONMENT;
        }
    }

    /** The hub without its web server, for a command; null (the reason printed) if it cannot start. */
    private static ConfigurableApplicationContext startForCommand(String command) {
        SpringApplication app = new SpringApplication(DisclosureHubApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // As arguments, not defaults: application.yml's ${DATAHUB_SEED:true} would outrank defaults,
        // and a command must never slip the seed dataset in beside the data it works on.
        String[] settings = {"--datahub.seed.enabled=false", "--logging.level.root=OFF"};
        try {
            return app.run(settings);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof DataFolderInUseException)) {
                cause = cause.getCause();
            }
            System.err.println(command + ": " + (cause != null ? cause.getMessage()
                    : "the hub could not start (" + e.getClass().getSimpleName() + "); check DATAHUB_DB_URL and the log"));
            return null;
        }
    }
}
