package vn.nhiemvu.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First start: the administrator's password ({@code NHIEMVU_ADMIN_PASSWORD}; random when blank), the
 * demo data ({@code NHIEMVU_DEMO} or {@code --demo}) and the name of the first agency.
 */
@ConfigurationProperties("nhiemvu.bootstrap")
record BootstrapProperties(String adminPassword, boolean demo, String agencyName) {
}
