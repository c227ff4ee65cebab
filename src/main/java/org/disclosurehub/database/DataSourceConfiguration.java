package org.disclosurehub.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the external database named by {@code DATAHUB_DB_URL}, or for the embedded
 * MariaDB when none is named. Its connections may send the server files from the hub's
 * {@link LoadFolder} only (bulk loads, {@link LocalInfile}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${datahub.db.url:}'.trim().isEmpty()")
    EmbeddedMariaDb embeddedMariaDb(DatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties.dataDir(), properties.embeddedBufferPool());
    }

    @Bean(destroyMethod = "close")
    LoadFolder loadFolder(DatabaseProperties properties) {
        return properties.embedded() ? LoadFolder.in(EmbeddedMariaDb.loadFolder(properties.dataDir()))
                : LoadFolder.create();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedMariaDb> embedded, LoadFolder loadFolder) {
        String url = properties.embedded()
                ? embedded.getObject().jdbcUrl("datahub")
                : properties.url();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.loadDataLocal() ? JdbcUrls.withHubDefaults(url, loadFolder.path())
                : JdbcUrls.withHubDefaults(url));
        config.setUsername(properties.user());
        config.setPassword(properties.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("datahub");
        config.setConnectionInitSql("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new HikariDataSource(config);
    }
}
