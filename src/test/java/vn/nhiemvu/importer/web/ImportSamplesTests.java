package vn.nhiemvu.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.task.DirectiveService;

/**
 * Each sample document, imported and confirmed as a reviewer would (filling a blank number and day, and
 * correcting the directive date sample 000 mistypes), creates every task it assigns, in a Department of
 * its own.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportSamplesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    String office;

    @BeforeAll
    void aDepartment() {
        String suffix = Long.toString(System.nanoTime() % 100_000_000);
        long agency = jdbc.sql("insert into agency (name) values (?) returning id")
                .param("Sở Khoa học và Công nghệ (nhập mẫu " + suffix + ")").query(Long.class).single();
        String[][] units = {{"VP", "Văn phòng Sở", "OFFICE"}, {"TTRA", "Thanh tra Sở", "INSPECTORATE"},
                {"KHTC", "Phòng Kế hoạch - Tài chính", "DIVISION"}, {"QLKH", "Phòng Quản lý khoa học", "DIVISION"},
                {"CSSHTT", "Phòng Quản lý KH&CN cơ sở và SHTT", "DIVISION"},
                {"QLCN", "Phòng Quản lý công nghệ và Thị trường công nghệ", "DIVISION"},
                {"QLCNG", "Phòng Quản lý chuyên ngành", "DIVISION"},
                {"TĐC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "SUB_DEPARTMENT"},
                {"TTUD", "Trung tâm Ứng dụng KH&CN", "CENTER"}};
        for (String[] unit : units) {
            jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, ?, ?, ?)")
                    .params(agency, unit[0], unit[1], unit[2]).update();
        }
        office = "nhapmau" + suffix;
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, ?, ?, 'OFFICE')")
                .params(agency, office, passwordEncoder.encode("nhap-mau-123")).update();
        directives.ensureDefaultIssuers(agency);
    }

    private String auth() {
        return vn.nhiemvu.org.OrgFixtures.basicHeader(office, "nhap-mau-123");
    }

    @ParameterizedTest
    @CsvSource({
            "000_21c9ae2c517b92a5.txt, 10/BC-KHCN, 2023-03-20, 51",
            "001_423ef5ff2a0386da.txt, 11/TB-KHCN, 2024-05-06, 39",
            "002_3cda7c87d108c88c.txt, 12/BC-KHCN, 2023-12-15, 15",
            "003_40fd22f00ea810c7.txt, 13/BC-SKHCN, , 32",
            "004_95d111a6ff9658f7.txt, 14/KH-KHCN, 2020-05-20, 18"})
    void createsEveryTaskOfTheSample(String file, String reference, String issuedOn, int expected) throws Exception {
        Path sample = ImportApiTests.CORPUS.resolve(file);
        assumeThat(sample).exists();
        MvcTestResult proposed = mvc.post().uri("/api/v1/imports").multipart()
                .file(new MockMultipartFile("file", file, "text/plain", Files.readAllBytes(sample)))
                .header("Authorization", auth()).exchange();
        assertThat(proposed).hasStatusOk();
        String json = proposed.getMvcResult().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String edited = jdbc.sql("""
                select jsonb_set(jsonb_set(cast(? as jsonb), '{directive,reference}', to_jsonb(cast(? as text))),
                                 '{directive,issued_on}',
                                 coalesce(to_jsonb(cast(? as text)), cast(? as jsonb) -> 'directive' -> 'issued_on'))::text""")
                .params(json, reference, issuedOn, json).query(String.class).single()
                // Sample 000's appendix dates 6625/UBND-KGVX "31/12/2023" for a deadline of 30/01/2023 (domain spec §3).
                .replace("6625/UBND-KGVX Ngày 31/12/2023", "6625/UBND-KGVX Ngày 31/12/2022");
        MvcTestResult confirmed = mvc.post().uri("/api/v1/imports/confirm").header("Authorization", auth())
                .contentType(MediaType.APPLICATION_JSON).content(edited).exchange();
        assertThat(confirmed.getMvcResult().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as(file).contains("directiveId");
        long created = jdbc.sql("""
                select count(*) from task t join directive d on d.id = t.directive_id
                join import_record r on r.agency_id = d.agency_id and r.file_name = ?
                where t.series_id is null and t.created_at >= r.imported_at - interval '1 minute'
                  and d.agency_id = (select agency_id from account where username = ?)""")
                .params(file, office).query(Long.class).single();
        assertThat(created).isGreaterThanOrEqualTo(expected);
        assertThat(jdbc.sql("select task_count from import_record where file_name = ?").param(file)
                .query(Integer.class).single()).isEqualTo(expected);
    }
}
