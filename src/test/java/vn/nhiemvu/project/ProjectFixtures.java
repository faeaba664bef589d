package vn.nhiemvu.project;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A Department of its own, next to the demo one, for a test that counts every project of an agency: the units of
 * the sample reports and an office account (which records and moves projects for every unit).
 */
final class ProjectFixtures {

    static final String PASSWORD = "quan-ly-khoa-hoc";

    private ProjectFixtures() {
    }

    /** Creates the Department and answers the username of its office account. */
    static String newDepartment(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long agencyId = jdbc.sql("insert into agency (name, short_code) values (?, 'KHCN') returning id")
                .param("Sở Khoa học và Công nghệ tỉnh Bắc Kạn (kiểm thử " + suffix + ")").query(Long.class).single();
        String[][] units = {{"VP", "Văn phòng Sở", "OFFICE"}, {"QLKH", "Phòng Quản lý khoa học", "DIVISION"},
                {"CSSHTT", "Phòng Quản lý KH&CN cơ sở và SHTT", "DIVISION"}};
        for (String[] unit : units) {
            jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, ?, ?, ?)")
                    .params(agencyId, unit[0], unit[1], unit[2]).update();
        }
        String username = "qlkh-" + suffix;
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, ?, ?, 'OFFICE')")
                .params(agencyId, username, passwordEncoder.encode(PASSWORD)).update();
        return username;
    }
}
