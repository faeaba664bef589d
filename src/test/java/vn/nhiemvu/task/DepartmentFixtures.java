package vn.nhiemvu.task;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A Department of its own, next to the demo one, for a test that must count every task of an agency:
 * the units of sample 000, the usual issuers and an office account.
 */
final class DepartmentFixtures {

    static final String PASSWORD = "phong-van-thu";

    private DepartmentFixtures() {
    }

    /** Creates the Department and answers the username of its office account. */
    static String newDepartment(JdbcClient jdbc, PasswordEncoder passwordEncoder, DirectiveService directives) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agencyId = jdbc.sql("insert into agency (name, short_code) values (?, 'KHCN') returning id")
                .param("Sở Khoa học và Công nghệ (kiểm thử " + suffix + ")").query(Long.class).single();
        String[][] units = {{"VP", "Văn phòng Sở", "OFFICE"}, {"QLKH", "Phòng Quản lý khoa học", "DIVISION"},
                {"CSSHTT", "Phòng Quản lý KH&CN cơ sở và SHTT", "DIVISION"},
                {"TĐC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "SUB_DEPARTMENT"}};
        for (String[] unit : units) {
            jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, ?, ?, ?)")
                    .params(agencyId, unit[0], unit[1], unit[2]).update();
        }
        String username = "vanphong-" + suffix;
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, ?, ?, 'OFFICE')")
                .params(agencyId, username, passwordEncoder.encode(PASSWORD)).update();
        directives.ensureDefaultIssuers(agencyId);
        return username;
    }
}
