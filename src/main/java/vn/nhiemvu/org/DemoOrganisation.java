package vn.nhiemvu.org;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The Bắc Giang Department of the sample documents (../shared/corpus), so that a newcomer can look
 * around at once. Adds only what is missing: running with {@code --demo} twice changes nothing.
 */
@Component
class DemoOrganisation {

    /** The password of every demo account; printed in the README, never for production. */
    static final String DEMO_PASSWORD = "demo12345";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private record DemoUnit(String code, String name, UnitKind kind) {
    }

    private record DemoPerson(String username, Role role, String unitCode, String fullName, String position) {
    }

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("BGĐ", "Ban Giám đốc Sở", UnitKind.LEADERSHIP),
            new DemoUnit("VP", "Văn phòng Sở", UnitKind.OFFICE),
            new DemoUnit("TTRA", "Thanh tra Sở", UnitKind.INSPECTORATE),
            new DemoUnit("KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.DIVISION),
            new DemoUnit("QLKH", "Phòng Quản lý khoa học", UnitKind.DIVISION),
            new DemoUnit("CSSHTT", "Phòng Quản lý KH&CN cơ sở và SHTT", UnitKind.DIVISION),
            new DemoUnit("QLCN", "Phòng Quản lý công nghệ và Thị trường công nghệ", UnitKind.DIVISION),
            new DemoUnit("QLCNG", "Phòng Quản lý chuyên ngành", UnitKind.DIVISION),
            new DemoUnit("TĐC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", UnitKind.SUB_DEPARTMENT),
            new DemoUnit("TTUD", "Trung tâm Ứng dụng KH&CN", UnitKind.CENTER));

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("giamdoc", Role.LEADER, "BGĐ", "Nguyễn Văn Hưng", "Giám đốc Sở"),
            new DemoPerson("phogiamdoc", Role.LEADER, "BGĐ", "Triệu Ngọc Trung", "Phó Giám đốc Sở"),
            new DemoPerson("vanphong", Role.OFFICE, "VP", "Lê Thị Thu Hà", "Chánh Văn phòng"),
            new DemoPerson("truongphong", Role.UNIT_HEAD, "QLKH", "Phạm Đức Thắng", "Trưởng phòng Quản lý khoa học"),
            new DemoPerson("chuyenvien", Role.STAFF, "QLKH", "Đỗ Thị Ngọc Ánh", "Chuyên viên"),
            new DemoPerson("quantri", Role.ADMIN, "VP", "Hoàng Minh Đức", "Chuyên viên công nghệ thông tin"));

    private final OrgRepository org;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoOrganisation(OrgRepository org, AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.org = org;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    void ensure(long agencyId) {
        Agency agency = org.findAgency(agencyId).orElseThrow();
        if (agency.shortCode() == null) {
            org.updateAgency(agencyId, agency.version(), "Sở Khoa học và Công nghệ tỉnh Bắc Giang",
                    "UBND tỉnh Bắc Giang", "KHCN", "Bắc Giang");
        }
        for (DemoUnit unit : UNITS) {
            if (org.findUnitByCode(agencyId, unit.code()).isEmpty()) {
                org.insertUnit(agencyId, new UnitDraft(unit.code(), unit.name(), unit.kind()));
            }
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoPerson person : PEOPLE) {
            if (accounts.usernameTaken(person.username(), null)) {
                continue;
            }
            long unitId = org.findUnitByCode(agencyId, person.unitCode()).orElseThrow().id();
            long personId = org.insertPerson(agencyId,
                    new PersonDraft(person.fullName(), person.position(), unitId, null, null));
            accounts.insertAccount(agencyId, person.username(), hash, person.role(), personId);
        }
        log.info("Dữ liệu mẫu Sở KH&CN Bắc Giang đã sẵn sàng: các tài khoản mẫu dùng mật khẩu trong README");
    }
}
