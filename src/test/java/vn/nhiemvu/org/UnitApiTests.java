package vn.nhiemvu.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

@IntegrationTest
class UnitApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheCallersUnits() {
        assertThat(mvc.get().uri("/api/v1/units").with(OrgFixtures.basic("vanphong")))
                .hasStatusOk()
                .bodyJson().extractingPath("$[*].code").asArray().contains("VP", "QLKH", "TĐC");
    }

    @Test
    void adminCreatesAUnitAndGetsItsLocation() {
        assertThat(mvc.post().uri("/api/v1/units").with(OrgFixtures.basic("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"SHTT\",\"name\":\"Phòng Sở hữu trí tuệ\"}"))
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/units/" + unitId("SHTT"))
                .bodyJson().extractingPath("$.name").isEqualTo("Phòng Sở hữu trí tuệ");
        assertThat(audited("unit", unitId("SHTT"))).isPositive();
    }

    @Test
    void refusesADuplicateCodeWithAConflictAndChangesNothing() {
        long before = unitCount();
        assertThat(mvc.post().uri("/api/v1/units").with(OrgFixtures.basic("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"vp\",\"name\":\"Văn phòng thứ hai\"}"))
                .hasStatus(409)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("Mã đơn vị \"vp\" đã được dùng");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void refusesAUnitWithoutANameInVietnamese() {
        assertThat(mvc.post().uri("/api/v1/units").with(OrgFixtures.basic("admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X1\",\"name\":\" \"}"))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("Hãy nhập tên đơn vị.");
    }

    @Test
    void onlyAnAdministratorCreatesUnits() {
        assertThat(mvc.post().uri("/api/v1/units").with(OrgFixtures.basic("chuyenvien"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X2\",\"name\":\"Phòng X\"}"))
                .hasStatus(403)
                .bodyJson().extractingPath("$.detail").isEqualTo("Bạn không có quyền thực hiện thao tác này.");
    }

    @Test
    void aWrongPasswordGetsAProblemThatLeaksNothing() {
        assertThat(mvc.get().uri("/api/v1/units").header("Authorization", OrgFixtures.basicHeader("admin", "sai")))
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().startsWith("Cần đăng nhập");
    }

    @Test
    void aBodyThatIsNotJsonGetsAVietnameseProblem() {
        assertThat(mvc.post().uri("/api/v1/units").with(OrgFixtures.basic("admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.detail").asString().contains("không đúng định dạng JSON");
    }

    @Test
    void servesTheOpenApiDescription() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
                .bodyJson().extractingPath("$.paths['/api/v1/units']").isNotNull();
    }

    @Test
    void healthAnswersUp() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().isEqualTo("{\"status\":\"UP\"}");
    }

    private long unitId(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private long unitCount() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private long audited(String type, long id) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?").params(type, id)
                .query(Long.class).single();
    }
}
