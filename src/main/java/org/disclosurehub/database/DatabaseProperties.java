package org.disclosurehub.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub keeps its data ({@code datahub.db.*}).
 *
 * @param url      full JDBC URL of an external MySQL 8.4 / MariaDB 10.11+ database
 *                 ({@code DATAHUB_DB_URL}); blank means "run the embedded MariaDB"
 * @param user     database user ({@code DATAHUB_DB_USER})
 * @param password database password ({@code DATAHUB_DB_PASSWORD}); never logged
 * @param dataDir  folder of the embedded MariaDB ({@code DATAHUB_DATA_DIR}); only one hub
 *                 process may use it at a time
 * @param poolSize maximum JDBC connections
 * @param embeddedBufferPool InnoDB buffer pool of the embedded MariaDB, e.g. {@code 1G}; a
 *                 scale-100 dataset imports faster with {@code 4G}
 * @param loadDataLocal whether a large first import may be loaded from files the hub wrote in its
 *                 private load folder (LOAD DATA: the embedded server reads them, an external one
 *                 receives them, LOCAL), several times faster than INSERTs; default true. With false, or a server that refuses it
 *                 (MySQL's {@code local_infile} is off by default), imports write INSERTs
 */
@ConfigurationProperties("datahub.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, int poolSize,
        String embeddedBufferPool, Boolean loadDataLocal) {

    public DatabaseProperties {
        url = url == null ? "" : url.trim();
        user = user == null || user.isBlank() ? "root" : user;
        password = password == null ? "" : password;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        poolSize = poolSize <= 0 ? 16 : poolSize;
        embeddedBufferPool = embeddedBufferPool == null || !embeddedBufferPool.matches("\\d+[KMG]?") ? "1G"
                : embeddedBufferPool;
        loadDataLocal = loadDataLocal == null || loadDataLocal;
    }

    public boolean embedded() {
        return url.isEmpty();
    }
}
