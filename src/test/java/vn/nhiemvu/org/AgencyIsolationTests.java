package vn.nhiemvu.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

/** Several Departments share one deployment without seeing each other's rows. */
@IntegrationTest
class AgencyIsolationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private long otherUnitId;

    @BeforeEach
    void anotherDepartment() {
        Long agencyId = jdbc.sql("select id from agency where name = 'Sở Khoa học và Công nghệ tỉnh Cao Bằng'")
                .query(Long.class).optional().orElse(null);
        if (agencyId == null) {
            agencyId = jdbc.sql("insert into agency (name) values ('Sở Khoa học và Công nghệ tỉnh Cao Bằng') returning id")
                    .query(Long.class).single();
            jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, 'VP', 'Văn phòng Sở Cao Bằng', 'OFFICE')")
                    .param(agencyId).update();
            jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, 'admincb', ?, 'ADMIN')")
                    .params(agencyId, passwordEncoder.encode("caobang-123")).update();
        }
        otherUnitId = jdbc.sql("select id from unit where agency_id = ?").param(agencyId).query(Long.class).single();
    }

    @Test
    void listsOnlyTheCallersAgencyUnits() {
        assertThat(mvc.get().uri("/api/v1/units").with(OrgFixtures.basic("vanphong")))
                .bodyJson().extractingPath("$[*].name").asArray().doesNotContain("Văn phòng Sở Cao Bằng");
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", OrgFixtures.basicHeader("admincb", "caobang-123")))
                .bodyJson().extractingPath("$[*].name").asArray().containsExactly("Văn phòng Sở Cao Bằng");
    }

    @Test
    void anotherAgencysUnitIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/units/" + otherUnitId).with(OrgFixtures.basic("admin"))).hasStatus(404);
    }

    @Test
    void theSameUnitCodeMayExistInTwoAgencies() {
        String codeOfOther = jdbc.sql("select code from unit where id = ?").param(otherUnitId).query(String.class).single();
        long demoAgency = jdbc.sql("select agency_id from account where username = 'vanphong'").query(Long.class).single();
        assertThat(codeOfOther).isEqualTo("VP");
        assertThat(jdbc.sql("select count(*) from unit where code = 'VP' and agency_id = ?").param(demoAgency)
                .query(Long.class).single()).isEqualTo(1);
    }
}
