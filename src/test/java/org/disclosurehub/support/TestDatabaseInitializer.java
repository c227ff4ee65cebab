package org.disclosurehub.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.disclosurehub.database.EmbeddedMariaDb;
import org.disclosurehub.database.JdbcUrls;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh schema on the server
 * named by {@code DATAHUB_DB_URL} (CI points it at the machine's MariaDB), or else on one
 * embedded MariaDB started for the whole test JVM. The schemas are dropped when the JVM exits,
 * so runs never see each other's data.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static String serverUrl;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "datahub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = JdbcUrls.withDatabase(server(), database);
        url += (url.contains("?") ? "&" : "?") + "createDatabaseIfNotExist=true";
        CREATED.add(database);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase",
                Map.of("datahub.db.url", url)));
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            String external = System.getenv("DATAHUB_DB_URL");
            if (external != null && !external.isBlank()) {
                serverUrl = external;
            } else {
                try {
                    Path dir = Files.createTempDirectory("datahub-test-db");
                    EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
                    serverUrl = db.jdbcUrl("datahub_test");
                    Runtime.getRuntime().addShutdownHook(new Thread(db::close));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabaseInitializer::dropAll));
        }
        return serverUrl;
    }

    private static void dropAll() {
        String user = System.getenv().getOrDefault("DATAHUB_DB_USER", "root");
        String password = System.getenv().getOrDefault("DATAHUB_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(JdbcUrls.withDatabase(serverUrl, ""), user, password);
                Statement s = c.createStatement()) {
            for (String database : CREATED) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases: " + e.getSQLState());
        }
    }
}
