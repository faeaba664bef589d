package vn.nhiemvu.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.OrgFixtures;

/** Import through the API: a proposal that writes nothing, then a confirmation that writes it all. */
@IntegrationTest
class ImportApiTests {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult propose(String fileName, byte[] content) {
        return mvc.post().uri("/api/v1/imports").multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(OrgFixtures.basic("vanphong")).exchange();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void proposesThePlansTasksWithTheAgencysUnitCodesAndWritesNothing() throws Exception {
        Path plan = CORPUS.resolve("004_95d111a6ff9658f7.txt");
        assumeThat(plan).exists();
        long directives = count("directive");
        long tasks = count("task");
        MvcTestResult result = propose("ke-hoach.txt", Files.readAllBytes(plan));
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.meta.kind").isEqualTo("KH");
        assertThat(result).bodyJson().extractingPath("$.tasks.length()").asNumber().satisfies(n ->
                assertThat(n.intValue()).isGreaterThanOrEqualTo(10));
        assertThat(result).bodyJson().extractingPath("$.tasks[*].leadUnitCode").asArray().contains("QLKH");
        assertThat(count("directive")).isEqualTo(directives);
        assertThat(count("task")).isEqualTo(tasks);
    }

    @Test
    void createsTheDirectiveAndItsTasksOnConfirmationAndFlagsASecondImport() throws Exception {
        Path plan = CORPUS.resolve("004_95d111a6ff9658f7.txt");
        assumeThat(plan).exists();
        // The plan leaves its day blank ("ngày   tháng 5 năm 2020"): the reviewer fills it in.
        String proposal = propose("ke-hoach.txt", Files.readAllBytes(plan)).getMvcResult().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int proposed = jdbc.sql("select json_array_length(cast(? as json) -> 'tasks')").param(proposal)
                .query(Integer.class).single();
        String edited = jdbc.sql("""
                select jsonb_set(jsonb_set(cast(? as jsonb), '{directive,reference}', '"77/KH-KHCN"'),
                                 '{directive,issued_on}', '"2020-05-20"')::text""")
                .param(proposal).query(String.class).single();
        MvcTestResult confirmed = mvc.post().uri("/api/v1/imports/confirm").with(OrgFixtures.basic("vanphong"))
                .contentType(MediaType.APPLICATION_JSON).content(edited).exchange();
        assertThat(confirmed).hasStatus(201);
        long directiveId = jdbc.sql("select id from directive where reference = '77/KH-KHCN'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from task where directive_id = ? and series_id is null").param(directiveId).query(Integer.class)
                .single()).isEqualTo(proposed);

        assertThat(propose("ke-hoach-lan-2.txt", Files.readAllBytes(plan))).bodyJson()
                .extractingPath("$.warnings[*].code").asArray().contains("ALREADY_IMPORTED");
    }

    @Test
    void confirmsNothingWhenOneTaskIsRefused() {
        long directives = count("directive");
        assertThat(mvc.post().uri("/api/v1/imports/confirm").with(OrgFixtures.basic("vanphong"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"directive":{"reference":"88/TB-KHCN","issued_on":"2024-05-10","issuer":"Giám đốc Sở",
                                      "kind":"TB","summary":"Kết luận giao ban","issued_by_agency":true},
                         "tasks":[{"content":"Việc đúng","leadUnitCode":"VP"},
                                  {"content":"Việc sai","leadUnitCode":"KHONGCO"}]}"""))
                .hasStatus(400)
                .bodyJson().extractingPath("$.detail").asString().contains("KHONGCO");
        assertThat(count("directive")).isEqualTo(directives);
    }

    @Test
    void refusesAnEmptyFileAndAProgramRenamedDocxInVietnamese() {
        assertThat(propose("rong.txt", new byte[0])).hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(propose("chuong-trinh.docx", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)))
                .hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnEmptyProposalForATextWithoutTasks() {
        assertThat(propose("thu.txt", "Kính gửi quý cơ quan. Trân trọng cảm ơn.".getBytes(StandardCharsets.UTF_8)))
                .hasStatusOk().bodyJson().extractingPath("$.tasks").asArray().isEmpty();
    }
}
