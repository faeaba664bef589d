package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

@IntegrationTest
class LoginTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void showsTheLoginPageInVietnamese() {
        assertThat(mvc.get().uri("/login")).hasStatusOk()
                .bodyText().contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void logsInWithTheRightPasswordUnderANewSessionId() {
        var loginPage = mvc.get().uri("/login").exchange();
        Cookie before = loginPage.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        var result = mvc.post().uri("/login").with(csrf()).cookie(before)
                .param("username", "admin").param("password", IntegrationTest.ADMIN_PASSWORD).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        Cookie after = result.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void refusesAWrongPasswordWithTheSameMessageAsAnUnknownUser() {
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "admin").param("password", "sai"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "khongco").param("password", "sai"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error")).bodyText().contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        resetFailures("admin");
    }

    @Test
    void refusesALoginWithoutTheCsrfToken() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", IntegrationTest.ADMIN_PASSWORD))
                .hasStatus(403);
    }

    @Test
    void locksAnAccountAfterFiveFailedLoginsEvenForTheRightPassword() {
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (1, 'khoathu', ?, 'STAFF')")
                .param(passwordEncoder.encode("dungmatkhau")).update();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.post().uri("/login").with(csrf()).param("username", "khoathu").param("password", "sai").exchange();
        }
        assertThat(mvc.post().uri("/login").with(csrf()).param("username", "khoathu").param("password", "dungmatkhau"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?locked");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("Tài khoản tạm khóa 15 phút");
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        mvc.post().uri("/login").with(csrf()).param("username", "giamdoc").param("password", "sai").exchange();
        mvc.post().uri("/login").with(csrf()).param("username", "giamdoc").param("password", IntegrationTest.DEMO_PASSWORD)
                .exchange();
        assertThat(jdbc.sql("select failed_attempts from account where username = 'giamdoc'").query(Integer.class)
                .single()).isZero();
    }

    private void resetFailures(String username) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ?").param(username)
                .update();
    }
}
