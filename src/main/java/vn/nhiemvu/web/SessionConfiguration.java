package vn.nhiemvu.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Sessions live in PostgreSQL (Spring Session JDBC; tables in db/migration/__root/V1). */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Requests that arrive together on a session without a CSRF token yet (several tabs or clients right after
     * login) each store a new one; with the default INSERT all but the first failed on the attributes' primary
     * key, with an HTTP 500 (8 concurrent clients of bench/tasks.sh). Spring Session's PostgreSQL statements
     * write attributes with an upsert instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
