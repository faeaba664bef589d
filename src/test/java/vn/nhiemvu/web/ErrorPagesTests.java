package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.IntegrationTest;

@IntegrationTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Test
    void showsTheVietnameseNotFoundPage() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn("chuyenvien", IntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/khong-co-trang-nay");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang", "Về trang chủ");
    }

    @Test
    void showsTheVietnameseForbiddenPageToStaffOnAdministration() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn("chuyenvien", IntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/admin/units");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Không có quyền truy cập");
    }

    @Test
    void showsAnUnknownRecordAsNotFound() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
        HttpResponse<String> response = session.get("/admin/units/999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang");
    }

    @Test
    void showsAVietnameseErrorForABadParameter() throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
        HttpResponse<String> response = session.get("/admin/units/abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Yêu cầu không hợp lệ");
    }
}
