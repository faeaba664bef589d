package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit names in their canonical form whatever the spelling (GOLD-FORMAT.md §4), and matching an agency's units. */
class UnitNamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Văn phòng Sở | Văn phòng Sở
            Văn phòng | Văn phòng Sở
            Thanh tra Sở | Thanh tra Sở
            Phòng Kế hoạch Tài chính | Phòng Kế hoạch - Tài chính
            Phòng KH-TC | Phòng Kế hoạch - Tài chính
            Phòng KHTC | Phòng Kế hoạch - Tài chính
            Phòng Quản lý Khoa học | Phòng Quản lý khoa học
            Phòng QLKH | Phòng Quản lý khoa học
            PHÒNG QUẢN LÝ KHOA HỌC | Phòng Quản lý khoa học
            phong quan ly khoa hoc | Phòng Quản lý khoa học
            Phòng Quản lý khoa học công nghệ cơ sở và Sở hữu trí tuệ | Phòng Quản lý KH&CN cơ sở và SHTT
            Phòng Quản lý KHCN cơ sở và sở hữu trí tuệ | Phòng Quản lý KH&CN cơ sở và SHTT
            Phòng Quản lý Khoa học và Công nghệ cơ sở | Phòng Quản lý KH&CN cơ sở và SHTT
            Phòng Quản lý Công nghệ và Thị trường công nghệ | Phòng Quản lý công nghệ và Thị trường công nghệ
            Phòng QLCN&TTCN | Phòng Quản lý công nghệ và Thị trường công nghệ
            Phòng Quản lý Chuyên ngành | Phòng Quản lý chuyên ngành
            Chi cục TĐC | Chi cục Tiêu chuẩn Đo lường Chất lượng
            Chi cục Tiêu chuẩn - Đo lường - Chất lượng | Chi cục Tiêu chuẩn Đo lường Chất lượng
            Trung tâm Ứng dụng khoa học và công nghệ | Trung tâm Ứng dụng KH&CN
            Trung tâm Ứng dụng tiến bộ KH&CN | Trung tâm Ứng dụng KH&CN
            các phòng, đơn vị | Các phòng, đơn vị thuộc Sở
            Trưởng các phòng, đơn vị | Các phòng, đơn vị thuộc Sở
            các phòng, đơn vị trực thuộc Sở | Các phòng, đơn vị thuộc Sở
            Ban chấp hành Công đoàn | Công đoàn Sở
            Ban Giám đốc Sở | Lãnh đạo Sở
            Lãnh đạo Sở | Lãnh đạo Sở
            """)
    void canonicalNamesOfTheDepartmentsUnits(String written, String canonical) {
        assertThat(UnitNames.canonical(written)).isEqualTo(canonical);
        assertThat(UnitNames.isDepartment(canonical)).isTrue();
    }

    @Test
    void namesLeadersAndPeople() {
        assertThat(UnitNames.canonical("Triệu Ngọc Trung, Phó Giám đốc Sở")).isEqualTo("Lãnh đạo Sở: Triệu Ngọc Trung");
        assertThat(UnitNames.canonical("đồng chí Nguyễn Ngọc Hào")).isEqualTo("Cá nhân: Nguyễn Ngọc Hào");
    }

    @Test
    void expandsTheAbbreviationsOfProvincialDepartmentsAndKeepsOtherBodies() {
        assertThat(UnitNames.canonical("Sở NNPTNT")).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
        assertThat(UnitNames.canonical("Sở TNMT")).isEqualTo("Sở Tài nguyên và Môi trường");
        assertThat(UnitNames.canonical("Sở KH-ĐT")).isEqualTo("Sở Kế hoạch và Đầu tư");
        assertThat(UnitNames.canonical("Sở VH-TT")).isEqualTo("Sở Văn hóa và Thể thao");
        assertThat(UnitNames.canonical("Sở QH-KT")).isEqualTo("Sở Quy hoạch - Kiến trúc");
        assertThat(UnitNames.canonical("Giám đốc Sở Tài chính")).isEqualTo("Sở Tài chính");
        assertThat(UnitNames.canonical("UBND huyện Võ Nhai")).isEqualTo("UBND huyện Võ Nhai");
        assertThat(UnitNames.canonical("các cơ quan liên quan")).isEqualTo("Các cơ quan liên quan");
        assertThat(UnitNames.isDepartment("Sở Tài chính")).isFalse();
    }

    @Test
    void findsTheAgencyUnitAWrittenNameDesignates() {
        List<AgencyUnit> units = List.of(new AgencyUnit("VP", "Văn phòng Sở"), new AgencyUnit("TTRA", "Thanh tra Sở"),
                new AgencyUnit("QLKH", "Phòng Quản lý Khoa học"),
                new AgencyUnit("CS", "Phòng Quản lý Khoa học và Công nghệ cơ sở"),
                new AgencyUnit("TDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                new AgencyUnit("TTUD", "Trung tâm Thông tin và Ứng dụng khoa học công nghệ"));

        assertThat(UnitNames.bestMatch("Chi cục TĐC", units)).map(AgencyUnit::code).contains("TDC");
        assertThat(UnitNames.bestMatch("phòng quản lý khoa học", units)).map(AgencyUnit::code).contains("QLKH");
        assertThat(UnitNames.bestMatch("Phòng Quản lý KHCN cơ sở và SHTT", units)).map(AgencyUnit::code).contains("CS");
        assertThat(UnitNames.bestMatch("Văn phòng", units)).map(AgencyUnit::code).contains("VP");
        assertThat(UnitNames.bestMatch("TTRA", units)).map(AgencyUnit::code).contains("TTRA");
        assertThat(UnitNames.bestMatch("Trung tâm Thông tin và Ứng dụng KH&CN", units)).map(AgencyUnit::code).contains("TTUD");
        assertThat(UnitNames.bestMatch("Sở Tài chính", units)).isEmpty();
        assertThat(UnitNames.bestMatch("Phòng Kế hoạch - Tài chính", units)).isEmpty();
    }
}
