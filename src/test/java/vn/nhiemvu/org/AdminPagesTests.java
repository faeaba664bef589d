package vn.nhiemvu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

@IntegrationTest
class AdminPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void listsTheUnitsWithTheirKindsInVietnamese() {
        assertThat(mvc.get().uri("/admin/units").with(admin())).hasStatusOk()
                .bodyText().contains("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục", "Phòng chuyên môn");
    }

    @Test
    void createsAUnitFromTheFormAndRedirectsToTheList() {
        assertThat(mvc.post().uri("/admin/units").with(admin()).with(csrf())
                .param("code", "TTTT").param("name", "Trung tâm Thông tin").param("kind", "CENTER")
                .param("version", "0"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/units");
        assertThat(jdbc.sql("select name from unit where code = 'TTTT'").query(String.class).single())
                .isEqualTo("Trung tâm Thông tin");
    }

    @Test
    void showsADuplicateCodeOnTheSameForm() {
        assertThat(mvc.post().uri("/admin/units").with(admin()).with(csrf())
                .param("code", "QLKH").param("name", "Phòng khác").param("kind", "DIVISION").param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Mã đơn vị &quot;QLKH&quot; đã được dùng cho một đơn vị khác");
    }

    @Test
    void showsMissingFieldsNextToThem() {
        assertThat(mvc.post().uri("/admin/units").with(admin()).with(csrf())
                .param("code", "").param("name", "").param("kind", "DIVISION").param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Hãy nhập mã đơn vị.", "Hãy nhập tên đơn vị.");
    }

    @Test
    void refusesAStaleEditInsteadOfOverwritingIt() {
        long id = jdbc.sql("select id from unit where code = 'TTRA'").query(Long.class).single();
        int version = jdbc.sql("select version from unit where id = ?").param(id).query(Integer.class).single();
        assertThat(mvc.post().uri("/admin/units/" + id).with(admin()).with(csrf())
                .param("code", "TTRA").param("name", "Thanh tra Sở (sửa lần 1)").param("kind", "INSPECTORATE")
                .param("version", String.valueOf(version)))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/units/" + id).with(admin()).with(csrf())
                .param("code", "TTRA").param("name", "Thanh tra Sở (sửa lần 2, từ bản cũ)")
                .param("kind", "INSPECTORATE").param("version", String.valueOf(version)))
                .hasStatusOk()
                .bodyText().contains("Dữ liệu đã được người khác thay đổi");
        assertThat(jdbc.sql("select name from unit where id = ?").param(id).query(String.class).single())
                .isEqualTo("Thanh tra Sở (sửa lần 1)");
    }

    @Test
    void createsAPersonAndAnAccountThatCanLogIn() {
        long unitId = jdbc.sql("select id from unit where code = 'KHTC'").query(Long.class).single();
        assertThat(mvc.post().uri("/admin/people").with(admin()).with(csrf())
                .param("fullName", "Vũ Thị Lệ Quyên").param("position", "Kế toán").param("unitId", String.valueOf(unitId))
                .param("version", "0"))
                .hasStatus3xxRedirection();
        long personId = jdbc.sql("select id from person where full_name = 'Vũ Thị Lệ Quyên'").query(Long.class).single();
        assertThat(mvc.post().uri("/admin/accounts").with(admin()).with(csrf())
                .param("username", "quyenvtl").param("password", "matkhau-dai").param("role", "STAFF")
                .param("personId", String.valueOf(personId)).param("version", "0"))
                .hasStatus3xxRedirection();
        SignedInUser quyen = accounts.loadUserByUsername("quyenvtl");
        assertThat(quyen.unitId()).isEqualTo(unitId);
        assertThat(quyen.getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void refusesAShortPassword() {
        assertThat(mvc.post().uri("/admin/accounts").with(admin()).with(csrf())
                .param("username", "ngan").param("password", "123").param("role", "STAFF").param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Mật khẩu phải có ít nhất 8 ký tự.");
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (1, 'sapnghi', '{noop}x', 'STAFF')")
                .update();
        long id = jdbc.sql("select id from account where username = 'sapnghi'").query(Long.class).single();
        assertThat(mvc.post().uri("/admin/accounts/" + id + "/active").with(admin()).with(csrf())
                .param("version", "0").param("active", "false"))
                .hasStatus3xxRedirection();
        assertThat(accounts.loadUserByUsername("sapnghi").isEnabled()).isFalse();
    }
}
