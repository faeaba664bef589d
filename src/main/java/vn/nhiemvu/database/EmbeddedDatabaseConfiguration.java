package vn.nhiemvu.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts the embedded PostgreSQL when no external database is configured ({@code NHIEMVU_DB_URL} or
 * {@code spring.datasource.url}); otherwise Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return new EmbeddedPostgresServer(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("nhiemvu");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
