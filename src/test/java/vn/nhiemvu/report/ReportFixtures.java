package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.org.OrgFixtures;
import vn.nhiemvu.task.DirectiveService;

/**
 * A Department of its own (as task.DepartmentFixtures makes one), with the header details of sample 000's Bắc
 * Giang Department, and its tasks recorded through the JSON API as a program of the Department would.
 */
final class ReportFixtures {

    static final String PASSWORD = "phong-van-thu";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MockMvcTester mvc;
    final String username;

    private ReportFixtures(MockMvcTester mvc, String username) {
        this.mvc = mvc;
        this.username = username;
    }

    /** The Department of the samples: its units and an office account, in an agency nobody else uses. */
    static ReportFixtures newDepartment(MockMvcTester mvc, JdbcClient jdbc, PasswordEncoder passwordEncoder,
            DirectiveService directives) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agencyId = jdbc.sql("""
                insert into agency (name, parent_name, short_code, place)
                values ('Sở Khoa học và Công nghệ tỉnh Bắc Giang', 'UBND tỉnh Bắc Giang', 'KHCN', 'Bắc Giang')
                returning id""").query(Long.class).single();
        String[][] units = {{"VP", "Văn phòng Sở", "OFFICE"}, {"QLKH", "Phòng Quản lý khoa học", "DIVISION"},
                {"CSSHTT", "Phòng Quản lý KH&CN cơ sở và SHTT", "DIVISION"},
                {"TĐC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "SUB_DEPARTMENT"},
                {"TTUD", "Trung tâm Ứng dụng KH&CN", "CENTER"}};
        for (String[] unit : units) {
            jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, ?, ?, ?)")
                    .params(agencyId, unit[0], unit[1], unit[2]).update();
        }
        String username = "bao-cao-" + suffix;
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, ?, ?, 'OFFICE')")
                .params(agencyId, username, passwordEncoder.encode(PASSWORD)).update();
        directives.ensureDefaultIssuers(agencyId);
        return new ReportFixtures(mvc, username);
    }

    RequestPostProcessor auth() {
        return request -> {
            request.addHeader("Authorization", OrgFixtures.basicHeader(username, PASSWORD));
            return request;
        };
    }

    MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).with(auth()).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    long directive(String reference, String issuedOn, String issuer, String kind, boolean own, String summary) {
        MvcTestResult result = post("/api/v1/directives", """
                {"reference":%s,"issuedOn":"%s","issuer":%s,"kind":"%s","issuedByAgency":%s,"summary":%s}"""
                .formatted(json(reference), issuedOn, json(issuer), kind, own, json(summary)));
        assertThat(result).hasStatus(201);
        return id(result);
    }

    long task(long directiveId, String content, String leadUnit, String supportUnitsJson, String deadlineJson) {
        MvcTestResult result = post("/api/v1/tasks", """
                {"directiveId":%d,"content":%s,"leadUnit":"%s","supportUnits":%s,"deadline":%s}"""
                .formatted(directiveId, json(content), leadUnit, supportUnitsJson, deadlineJson));
        assertThat(result).hasStatus(201);
        return id(result);
    }

    void complete(long taskId, String completedOn, String result) {
        assertThat(post("/api/v1/tasks/" + taskId + "/completion", """
                {"completedOn":"%s","result":%s}""".formatted(completedOn, json(result)))).hasStatus(204);
    }

    /** One row of a report's appendix: a directive of UBND tỉnh, its task, and the completion when there is one. */
    long directiveWithTask(String reference, String issuedOn, String content, String leadUnit, String due,
            String completedOn, String result) {
        long directiveId = directive(reference, issuedOn, "UBND tỉnh", "CV", false, "Văn bản " + reference);
        long taskId = task(directiveId, content, leadUnit, "[]",
                due == null ? "{\"kind\":\"NONE\"}" : "{\"kind\":\"DATE\",\"value\":\"" + due + "\"}");
        if (completedOn != null) {
            complete(taskId, completedOn, result);
        }
        return taskId;
    }

    /** The nine tasks of sample 000's appendix, row 4's directive year corrected to 2022 (domain spec §3). */
    void sample000() {
        directiveWithTask("6447/UBND-NC", "2022-12-24", "Rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước",
                "VP", "2023-01-15", "2023-01-14", "Báo cáo số 06/BC-KHCN ngày 14/01/2023");
        directiveWithTask("58/UBND-KSTT", "2023-01-06", "Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2023",
                "VP", "2023-01-15", "2023-01-11", "Kế hoạch số 04/KH-KHCN ngày 11/01/2023");
        directiveWithTask("72/UBND-KGVX", "2023-01-05", "Báo cáo kết quả thực hiện Đề án 996",
                "QLKH", "2023-01-15", "2023-01-13", "Báo cáo số 328/BC-KHCN Ngày 13/01/2023");
        directiveWithTask("6625/UBND-KGVX", "2022-12-31", "Báo cáo tình hình thực hiện năm 2022 Chiến lược Sở hữu trí tuệ đến năm 2030",
                "CSSHTT", "2023-01-30", "2023-01-30", "Báo cáo số 15/BC-KHCN Ngày 30/01/2023");
        directiveWithTask("14/UBND-KGVX", "2023-01-04", "Giao góp ý dự thảo Thông tư sửa đổi Thông tư số 26/2019/TT-BKHCN",
                "TĐC", "2023-03-01", "2023-02-28", "Công văn số 252/KHCN-TĐC Ngày 28/02/2023");
        directiveWithTask("946/UBND-NC", "2023-03-07", "Cung cấp danh mục văn bản của các cơ quan, đơn vị",
                "VP", "2023-03-10", "2023-03-09", "Công văn số 292/KHCN-VP Ngày 09/3/2023");
        directiveWithTask("241/VP-HCTC", "2023-03-07", "Báo cáo kết quả thực hiện Kết luận số 01-KL/TW",
                "VP", "2023-03-16", null, null);
        directiveWithTask("559/UBND-KGVX", "2023-02-15", "Tham mưu xây dựng dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy triển khai thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
                "QLKH", null, null, null);
        directiveWithTask("421/UBND-KGVX", "2023-02-06", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia năm 2023",
                "TĐC", null, null, null);
    }

    static String json(String text) {
        return text == null ? "null" : JSON.writeValueAsString(text);
    }

    static long id(MvcTestResult result) {
        try {
            Map<?, ?> body = JSON.readValue(result.getMvcResult().getResponse().getContentAsString(), Map.class);
            return ((Number) body.get("id")).longValue();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
