package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.project.ProjectApi.detail;
import static vn.nhiemvu.project.ProjectApi.document;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.DocumentContext;

import vn.nhiemvu.IntegrationTest;

/**
 * A project through the whole lifecycle of §4.2 by the API, the happy path and each failure path, with every guard
 * refused in Vietnamese and nothing written by a refusal: not the row, its version, a document, an event, a span
 * nor an audit line.
 */
@IntegrationTest
class ProjectLifecycleTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private ProjectApi office;

    @BeforeEach
    void accounts() {
        office = new ProjectApi(mvc, "vanphong");
    }

    /** Everything a refusal must leave as it was. */
    record Snapshot(int version, String state, long events, long documents, long spans, long audit, long councils,
            long members, long disbursed, long refunded) {
    }

    private Snapshot snapshot(long id) {
        return jdbc.sql("""
                select p.version, p.state,
                       (select count(*) from project_event e where e.project_id = p.id) as events,
                       (select count(*) from project_document d where d.project_id = p.id) as documents,
                       (select count(*) from project_state_span s where s.project_id = p.id) as spans,
                       (select count(*) from audit_entry a where a.entity_type = 'project' and a.entity_id = p.id) as audit,
                       (select count(*) from project_council c where c.project_id = p.id) as councils,
                       (select count(*) from project_council_member m join project_council c on c.id = m.council_id
                        where c.project_id = p.id) as members,
                       p.disbursed, p.refunded
                from project p where p.id = ?""").param(id).query(Snapshot.class).single();
    }

    /** Runs a call that must be refused with the status and message, and checks that nothing changed. */
    private void refused(long id, int status, String message, java.util.function.Supplier<MvcTestResult> call) {
        Snapshot before = snapshot(id);
        MvcTestResult result = call.get();
        assertThat(result).hasStatus(status);
        assertThat(result.getMvcResult().getResponse().getContentType()).contains("application/problem+json");
        assertThat(detail(result)).isEqualTo(message);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    private static String title() {
        return "Nghiên cứu ứng dụng chế phẩm vi sinh xử lý phụ phẩm nông nghiệp, lần " + SEQUENCE.incrementAndGet();
    }

    private long proposal() {
        return office.create("""
                "title":"%s","shortName":"Chế phẩm vi sinh","level":"TINH","type":"DE_TAI","field":"4",
                "origin":"DE_XUAT","proposer":"UBND huyện Ba Bể","startYear":2024,"unit":"QLKH",
                "proposal":{"kind":"PHIEU_DE_XUAT","date":"2023-05-10"}""".formatted(title()));
    }

    /** A provincial project already executing when it enters the system, with its contract and budget. */
    private long executing(String investigator, String host) {
        return office.create("""
                "title":"%s","level":"TINH","type":"DU_AN_SXTN","field":"4","startYear":2024,"unit":"QLKH",
                "host":"%s","principalInvestigator":{"name":"%s","title":"ThS."},
                "startOn":"2024-01-01","endOn":"2025-12-31","durationMonths":24,
                "budget":{"total":1500000000,"state":1000000000,"other":500000000},
                "state":"DANG_THUC_HIEN","stateSince":"2024-01-05",
                "proposal":{"kind":"HOP_DONG","number":"05/2024/HĐ-KHCN","date":"2024-01-05"}"""
                .formatted(title(), host, investigator));
    }

    private DocumentContext project(long id) {
        return office.json("/api/v1/projects/" + id);
    }

    @Test
    void walksAProposalThroughCouncilsSelectionContractAcceptanceAndLiquidation() {
        long id = proposal();
        assertThat(project(id).read("$.state", String.class)).isEqualTo("DE_XUAT");

        // Phê duyệt danh mục needs the identification council's minutes.
        refused(id, 400, "Chưa có biên bản Hội đồng tư vấn xác định nhiệm vụ: cần ghi nhận kết luận Hội đồng trước "
                + "khi phê duyệt danh mục.", () -> office.transition(id, """
                        "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", "1520/QĐ-UBND",
                        "2023-09-01"))));
        // An event that does not start from this state is refused with the state named.
        refused(id, 409, "Không thể \"Ký hợp đồng\" khi nhiệm vụ đang ở trạng thái \"Đề xuất, đặt hàng\".",
                () -> office.transition(id, """
                        "event":"SIGN_CONTRACT",%s""".formatted(document("HOP_DONG", "01/HĐ", "2023-09-01"))));

        long council = councilOf(id, "IDENTIFICATION", "2023-07-20", "Nguyễn Thị Lan", "Trường Đại học Nông Lâm Thái Nguyên");
        assertThat(office.post("/api/v1/projects/" + id + "/councils/" + council + "/conclusion", """
                {"conclusion":"Đề nghị đưa vào danh mục nhiệm vụ năm 2024","minutesOn":"2023-07-20"}"""))
                .hasStatus(204);
        // A decision needs its number.
        refused(id, 400, "Cần nhập số, ký hiệu của Quyết định phê duyệt danh mục nhiệm vụ.",
                () -> office.transition(id, """
                        "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", null, "2023-09-01"))));
        // A date before the state began.
        refused(id, 400, "Ngày 01/01/2023 sớm hơn ngày nhiệm vụ chuyển sang trạng thái \"Đề xuất, đặt hàng\" (10/05/2023).",
                () -> office.transition(id, """
                        "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", "1520/QĐ-UBND",
                        "2023-01-01"))));
        assertThat(office.move(id, """
                "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", "1520/QĐ-UBND",
                "2023-09-01")))).isEqualTo("TUYEN_CHON");

        refused(id, 400, "Cần có tổ chức chủ trì và chủ nhiệm nhiệm vụ trước khi phê duyệt kết quả tuyển chọn, giao "
                + "trực tiếp.", () -> office.transition(id, """
                        "event":"APPROVE_SELECTION",%s""".formatted(document("QD_PHE_DUYET_CHU_TRI", "2001/QĐ-UBND",
                        "2023-11-15"))));
        assertThat(office.move(id, """
                "event":"APPROVE_SELECTION","host":"Trung tâm Ứng dụng KH&CN Bắc Kạn",
                "principalInvestigator":{"name":"Hoàng Văn Minh","title":"ThS.","affiliation":"Trung tâm Ứng dụng KH&CN"},
                %s""".formatted(document("QD_PHE_DUYET_CHU_TRI", "2001/QĐ-UBND", "2023-11-15"))))
                .isEqualTo("THAM_DINH");

        refused(id, 400, "Cần nhập tổng kinh phí và kinh phí NSNN trước khi phê duyệt nhiệm vụ.",
                () -> office.transition(id, """
                        "event":"APPROVE_PROJECT",%s""".formatted(document("QD_PHE_DUYET_NHIEM_VU", "2400/QĐ-UBND",
                        "2023-12-20"))));
        refused(id, 400, "Tổng kinh phí 1.400.000.000 đồng phải bằng kinh phí NSNN 900.000.000 đồng cộng nguồn khác "
                + "300.000.000 đồng.", () -> office.transition(id, """
                        "event":"APPROVE_PROJECT","startOn":"2024-01-01","endOn":"2025-06-30",
                        "budget":{"total":1400000000,"state":900000000,"other":300000000},%s"""
                        .formatted(document("QD_PHE_DUYET_NHIEM_VU", "2400/QĐ-UBND", "2023-12-20"))));
        refused(id, 400, "Cần có ngày bắt đầu và ngày kết thúc thực hiện.", () -> office.transition(id, """
                "event":"APPROVE_PROJECT","budget":{"total":1200000000,"state":900000000,"other":300000000},%s"""
                .formatted(document("QD_PHE_DUYET_NHIEM_VU", "2400/QĐ-UBND", "2023-12-20"))));
        refused(id, 400, "Ngày kết thúc 31/12/2023 trước ngày bắt đầu 01/01/2024.", () -> office.transition(id, """
                "event":"APPROVE_PROJECT","startOn":"2024-01-01","endOn":"2023-12-31",
                "budget":{"total":1200000000,"state":900000000,"other":300000000},%s"""
                .formatted(document("QD_PHE_DUYET_NHIEM_VU", "2400/QĐ-UBND", "2023-12-20"))));
        assertThat(office.move(id, """
                "event":"APPROVE_PROJECT","startOn":"2024-01-01","endOn":"2025-06-30","durationMonths":18,
                "lumpSumMethod":"KHOAN_TUNG_PHAN",
                "budget":{"total":1200000000,"state":900000000,"other":300000000,"byYear":{"2024":600000000,"2025":300000000}},
                %s""".formatted(document("QD_PHE_DUYET_NHIEM_VU", "2400/QĐ-UBND", "2023-12-20"))))
                .isEqualTo("CHO_HOP_DONG");

        refused(id, 400, "Cần văn bản: Hợp đồng thực hiện nhiệm vụ KH&CN (số, ngày, người ký).",
                () -> office.transition(id, "\"event\":\"SIGN_CONTRACT\",\"on\":\"2024-01-05\""));
        assertThat(office.move(id, """
                "event":"SIGN_CONTRACT",%s""".formatted(document("HOP_DONG", "01/2024/HĐ-KHCN", "2024-01-05"))))
                .isEqualTo("DANG_THUC_HIEN");

        // Money: never beyond the approved state budget.
        office.record(id, """
                "kind":"DISBURSEMENT","amount":500000000,"note":"Tạm ứng đợt 1",%s"""
                .formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-02-01")));
        refused(id, 400, "Không thể cấp thêm 500.000.000 đồng: đã cấp 500.000.000 đồng, tổng kinh phí NSNN được phê "
                + "duyệt là 900.000.000 đồng.", () -> office.event(id, """
                        "kind":"DISBURSEMENT","amount":500000000,%s"""
                        .formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-08-01"))));
        office.record(id, """
                "kind":"DISBURSEMENT","amount":300000000,"note":"Tạm ứng đợt 2",%s"""
                .formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-08-01")));
        office.record(id, """
                "kind":"INSPECTION","note":"Kiểm tra mô hình tại xã Nam Mẫu",%s"""
                .formatted(document("BB_KIEM_TRA", null, "2024-06-12")));
        office.record(id, """
                "kind":"PERIODIC_REPORT",%s""".formatted(document("BAO_CAO_DINH_KY", null, "2024-07-01")));
        office.record(id, """
                "kind":"MID_TERM_REVIEW","note":"Đạt yêu cầu tiến độ",%s"""
                .formatted(document("KL_GIUA_KY", null, "2024-10-10")));

        // Extension of an 18-month project: at most 6 months, requested before the end date, once.
        refused(id, 400, "Gia hạn vượt quá mức tối đa 6 tháng theo quy định: muộn nhất đến ngày 30/12/2025.",
                () -> office.event(id, """
                        "kind":"EXTENSION","newDate":"2026-03-31",%s"""
                        .formatted(document("QD_GIA_HAN", "45/QĐ-KHCN", "2025-05-20"))));
        refused(id, 400, "Đề nghị gia hạn ngày 05/07/2025 là quá muộn: phải gửi trước khi hết thời gian thực hiện "
                + "(30/06/2025).", () -> office.event(id, """
                        "kind":"EXTENSION","newDate":"2025-09-30","requestedOn":"2025-07-05",%s"""
                        .formatted(document("QD_GIA_HAN", "45/QĐ-KHCN", "2025-07-10"))));
        office.record(id, """
                "kind":"EXTENSION","newDate":"2025-09-30","requestedOn":"2025-05-10","reason":"Thời tiết cực đoan",%s"""
                .formatted(document("QD_GIA_HAN", "45/QĐ-KHCN", "2025-05-20")));
        refused(id, 400, "Nhiệm vụ đã được gia hạn tối đa 1 lần theo quy định.", () -> office.event(id, """
                "kind":"EXTENSION","newDate":"2025-10-31","requestedOn":"2025-08-01",%s"""
                .formatted(document("QD_GIA_HAN", "46/QĐ-KHCN", "2025-08-05"))));
        assertThat(project(id).read("$.extendedEndOn", String.class)).isEqualTo("2025-09-30");

        refused(id, 400, "Chưa hết thời gian thực hiện (ngày kết thúc 30/09/2025).",
                () -> office.transition(id, "\"event\":\"END_TERM\",\"on\":\"2025-09-30\""));
        assertThat(office.move(id, "\"event\":\"END_TERM\",\"on\":\"2025-10-01\"")).isEqualTo("CHO_NGHIEM_THU");
        assertThat(project(id).read("$.dossierDueOn", String.class)).isEqualTo("2025-12-29");
        assertThat(office.move(id, """
                "event":"SUBMIT_FOR_ACCEPTANCE",%s""".formatted(document("HO_SO_NGHIEM_THU", null, "2025-11-20"))))
                .isEqualTo("DANG_NGHIEM_THU");

        // The acceptance council: nobody who leads or hosts the project sits on it.
        long acceptance = councilOf(id, "ACCEPTANCE", "2025-12-15", "Lý Văn Thành", "Sở Nông nghiệp và PTNT");
        refused(id, 400, "Ông/bà Hoàng Văn  minh là chủ nhiệm nhiệm vụ này: không thể là thành viên Hội đồng.",
                () -> office.post("/api/v1/projects/" + id + "/councils/" + acceptance + "/members", """
                        {"name":"Hoàng Văn  minh","role":"REVIEWER"}"""));
        refused(id, 400, "Ông/bà Bế Thị Hoa công tác tại tổ chức chủ trì (Trung tâm Ứng dụng KH&CN Bắc Kạn): không "
                + "thể là thành viên Hội đồng.", () -> office.post("/api/v1/projects/" + id + "/councils/" + acceptance
                        + "/members", """
                        {"name":"Bế Thị Hoa","organisation":"Trung tâm ứng dụng KH&CN Bắc Kạn","role":"MEMBER"}"""));
        refused(id, 400, "Xếp loại \"TOT\" không có trong thang xếp loại của nhiệm vụ Cấp tỉnh.",
                () -> office.post("/api/v1/projects/" + id + "/councils/" + acceptance + "/conclusion", """
                        {"conclusion":"Đạt","rating":"TOT"}"""));
        List<Integer> members = office.json("/api/v1/projects/" + id + "/councils").read("$[0].members[*].id");
        assertThat(office.post("/api/v1/projects/" + id + "/councils/" + acceptance + "/conclusion", """
                {"conclusion":"Nhiệm vụ hoàn thành các sản phẩm theo hợp đồng","rating":"KHA","minutesOn":"2025-12-15",
                 "votes":[{"memberId":%d,"vote":"KHA","score":82.5},{"memberId":%d,"vote":"KHA","score":80}]}"""
                .formatted(members.get(0), members.get(1)))).hasStatus(204);
        assertThat(office.post("/api/v1/projects/" + id + "/councils/" + acceptance + "/conclusion", """
                {"conclusion":"Lần hai","rating":"KHA"}""")).hasStatus(409);

        refused(id, 400, "Xếp loại \"Khá\" là đạt: dùng sự kiện \"Hội đồng xếp loại đạt\".",
                () -> office.transition(id, """
                        "event":"FAIL_ACCEPTANCE",%s""".formatted(document("BB_HD_NGHIEM_THU", null, "2025-12-15"))));
        // The rating comes from the council's conclusion.
        assertThat(office.move(id, """
                "event":"ACCEPT",%s""".formatted(document("BB_HD_NGHIEM_THU", null, "2025-12-15"))))
                .isEqualTo("SAU_NGHIEM_THU");
        DocumentContext accepted = project(id);
        assertThat(accepted.read("$.rating", String.class)).isEqualTo("KHA");
        assertThat(accepted.read("$.due[0].key", String.class)).isEqualTo("project.due.registration");
        assertThat(accepted.read("$.due[0].date", String.class)).isEqualTo("2026-01-14");

        // Liquidation needs every item of the checklist, in any order.
        refused(id, 400, "Chưa thể thanh lý hợp đồng: còn thiếu \"Hoàn thiện hồ sơ theo kết luận Hội đồng\" trong thủ "
                + "tục sau nghiệm thu.", () -> office.transition(id, """
                        "event":"LIQUIDATE",%s""".formatted(document("BB_THANH_LY", null, "2026-03-01"))));
        office.record(id, """
                "kind":"REGISTRATION",%s""".formatted(document("GCN_DANG_KY", "12/2026/GCN-KHCN", "2026-01-10")));
        office.record(id, "\"kind\":\"DOSSIER_COMPLETED\",\"on\":\"2025-12-30\"");
        office.record(id, """
                "kind":"RECOGNITION",%s""".formatted(document("QD_CONG_NHAN", "88/QĐ-UBND", "2026-01-20")));
        refused(id, 400, "Chưa thể thanh lý hợp đồng: còn thiếu \"Quyết toán kinh phí\" trong thủ tục sau nghiệm thu.",
                () -> office.transition(id, """
                        "event":"LIQUIDATE",%s""".formatted(document("BB_THANH_LY", null, "2026-03-01"))));
        office.record(id, """
                "kind":"SETTLEMENT","amount":800000000,%s""".formatted(document("QUYET_TOAN", null, "2026-02-10")));
        office.record(id, "\"kind\":\"ASSETS_HANDLED\",\"on\":\"2026-02-12\",\"note\":\"Không có tài sản\"");
        assertThat(office.move(id, """
                "event":"LIQUIDATE",%s""".formatted(document("BB_THANH_LY", null, "2026-03-01")))).isEqualTo("DONG");

        DocumentContext closed = project(id);
        assertThat(closed.read("$.outcome", String.class)).isEqualTo("HOAN_THANH");
        assertThat(closed.read("$.certificateNumber", String.class)).isEqualTo("12/2026/GCN-KHCN");
        assertThat(closed.read("$.money.disbursed", Long.class)).isEqualTo(800_000_000L);
        List<String> timeline = closed.read("$.timeline[*].kind");
        assertThat(timeline).startsWith("LIQUIDATE").contains("RECEIVE_PROPOSAL", "APPROVE_LIST", "APPROVE_SELECTION",
                "APPROVE_PROJECT", "SIGN_CONTRACT", "DISBURSEMENT", "INSPECTION", "EXTENSION", "END_TERM",
                "SUBMIT_FOR_ACCEPTANCE", "ACCEPT", "REGISTRATION");
        List<String> documents = closed.read("$.documents[*].kind");
        assertThat(documents).contains("PHIEU_DE_XUAT", "BB_HD_XAC_DINH", "QD_PHE_DUYET_DANH_MUC", "HOP_DONG",
                "BB_HD_NGHIEM_THU", "BB_THANH_LY");
        assertThat(closed.read("$.documents[?(@.kind == 'QD_PHE_DUYET_DANH_MUC')].signer", List.class))
                .containsExactly("Chủ tịch UBND tỉnh");
        assertThat(closed.read("$.budgetYears[*].year", List.class)).containsExactly(2024, 2025);

        // Closed: nothing moves any more, but results may still be transferred (§4.5).
        refused(id, 409, "Không thể \"Tạm dừng\" khi nhiệm vụ đang ở trạng thái \"Đã kết thúc\".",
                () -> office.transition(id, """
                        "event":"SUSPEND",%s""".formatted(document("TB_TAM_DUNG", "1/TB", "2026-03-02"))));
        office.record(id, "\"kind\":\"TRANSFER\",\"on\":\"2026-04-01\",\"recipients\":3,\"note\":\"03 hợp tác xã\"");

        // Only an administrator reopens, and only with a reason.
        refused(id, 403, "Bạn không có quyền thực hiện thao tác này.",
                () -> office.transition(id, "\"event\":\"REOPEN\",\"reason\":\"Nhập nhầm\""));
        ProjectApi admin = new ProjectApi(mvc, "quantri");
        refused(id, 400, "Cần nêu lý do mở lại hồ sơ.", () -> admin.transition(id, "\"event\":\"REOPEN\""));
        assertThat(admin.move(id, "\"event\":\"REOPEN\",\"reason\":\"Biên bản thanh lý ghi nhầm ngày\""))
                .isEqualTo("SAU_NGHIEM_THU");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'project' and entity_id = ? "
                + "and action = 'REOPEN' and new_value = 'Biên bản thanh lý ghi nhầm ngày'").param(id)
                .query(Long.class).single()).isOne();
    }

    private long councilOf(long id, String kind, String meetingOn, String otherMember, String organisation) {
        MvcTestResult result = office.post("/api/v1/projects/" + id + "/councils", """
                {"kind":"%s","meetingOn":"%s","decisionNumber":"77/QĐ-KHCN","members":[
                  {"name":"Đặng Văn Hùng","title":"PGS.TS.","organisation":"Viện Khoa học Nông nghiệp Việt Nam","role":"CHAIR"},
                  {"name":"%s","title":"TS.","organisation":"%s","role":"REVIEWER"}]}"""
                .formatted(kind, meetingOn, otherMember, organisation));
        assertThat(result).hasStatus(201);
        return ProjectApi.id(result);
    }

    @Test
    void failedAcceptanceIsRefundedThenLiquidatedAndBarsTheInvestigator() {
        long id = executing("Triệu Văn Sáng", "Hợp tác xã Nông nghiệp Bằng Phúc");
        office.record(id, """
                "kind":"DISBURSEMENT","amount":600000000,%s""".formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-03-01")));
        office.move(id, """
                "event":"COMPLETE_EARLY",%s""".formatted(document("VB_DE_NGHI_NGHIEM_THU_SOM", null, "2025-10-01")));
        office.move(id, """
                "event":"SUBMIT_FOR_ACCEPTANCE",%s""".formatted(document("HO_SO_NGHIEM_THU", null, "2025-10-15")));

        refused(id, 400, "Cần xếp loại của Hội đồng nghiệm thu.", () -> office.transition(id, """
                "event":"FAIL_ACCEPTANCE",%s""".formatted(document("BB_HD_NGHIEM_THU", null, "2025-11-05"))));
        refused(id, 400, "Xếp loại \"Không đạt\" là không đạt: dùng sự kiện \"Hội đồng xếp loại không đạt\".",
                () -> office.transition(id, """
                        "event":"ACCEPT","rating":"KHONG_DAT",%s"""
                        .formatted(document("BB_HD_NGHIEM_THU", null, "2025-11-05"))));
        assertThat(office.move(id, """
                "event":"FAIL_ACCEPTANCE","rating":"KHONG_DAT",%s"""
                .formatted(document("BB_HD_NGHIEM_THU", null, "2025-11-05")))).isEqualTo("KHONG_DAT");

        refused(id, 400, "Chưa có quyết định thu hồi kinh phí: cần ghi nhận thu hồi trước khi thanh lý.",
                () -> office.transition(id, """
                        "event":"REFUND_AND_LIQUIDATE",%s""".formatted(document("BB_THANH_LY", null, "2026-02-01"))));
        refused(id, 400, "Không thể thu hồi 700.000.000 đồng: đã cấp 600.000.000 đồng, đã thu hồi 0 đồng.",
                () -> office.event(id, """
                        "kind":"REFUND","amount":700000000,%s"""
                        .formatted(document("QD_THU_HOI", "150/QĐ-UBND", "2026-01-10"))));
        office.record(id, """
                "kind":"REFUND","amount":420000000,"reason":"Kinh phí chưa sử dụng và phần đã chi sai mục đích",%s"""
                .formatted(document("QD_THU_HOI", "150/QĐ-UBND", "2026-01-10")));
        assertThat(office.move(id, """
                "event":"REFUND_AND_LIQUIDATE",%s""".formatted(document("BB_THANH_LY", null, "2026-02-01"))))
                .isEqualTo("DONG");
        DocumentContext closed = project(id);
        assertThat(closed.read("$.outcome", String.class)).isEqualTo("KHONG_DAT");
        assertThat(closed.read("$.rating", String.class)).isEqualTo("KHONG_DAT");
        assertThat(closed.read("$.money.refunded", Long.class)).isEqualTo(420_000_000L);

        // The same principal investigator cannot be approved for a new project within the period.
        long next = proposal();
        long council = councilOf(next, "IDENTIFICATION", "2023-07-20", "Nguyễn Thị Lan", "Sở Tài chính");
        office.post("/api/v1/projects/" + next + "/councils/" + council + "/conclusion",
                "{\"conclusion\":\"Đưa vào danh mục\"}");
        office.move(next, """
                "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", "9/QĐ-UBND", "2025-12-01")));
        refused(next, 400, "Chủ nhiệm hoặc tổ chức chủ trì có nhiệm vụ nghiệm thu không đạt ngày 05/11/2025: chưa đủ "
                + "điều kiện chủ trì nhiệm vụ mới trong 2 năm.", () -> office.transition(next, """
                        "event":"APPROVE_SELECTION","host":"Trường Cao đẳng Bắc Kạn",
                        "principalInvestigator":{"name":"Triệu Văn Sáng"},%s"""
                        .formatted(document("QD_PHE_DUYET_CHU_TRI", "3/QĐ-UBND", "2026-01-15"))));
        // Nor be made the principal investigator of a project under way (§4.3: the new PI must be eligible).
        long other = executing("Lương Thị Nga", "Trung tâm Khuyến nông Bắc Kạn");
        refused(other, 400, "Chủ nhiệm hoặc tổ chức chủ trì có nhiệm vụ nghiệm thu không đạt ngày 05/11/2025: chưa đủ "
                + "điều kiện chủ trì nhiệm vụ mới trong 2 năm.", () -> office.event(other, """
                        "kind":"INVESTIGATOR_CHANGE","reason":"Chủ nhiệm chuyển công tác",
                        "principalInvestigator":{"name":"Triệu Văn Sáng"},%s"""
                        .formatted(document("QD_THAY_DOI", "21/QĐ-SKHCN", "2026-01-20"))));
    }

    @Test
    void stoppedProjectIsSettledAndClosedAsTerminated() {
        long id = executing("Nông Thị Hằng", "Công ty TNHH Men lá Bắc Kạn");
        office.record(id, """
                "kind":"DISBURSEMENT","amount":300000000,%s""".formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-03-01")));
        office.move(id, """
                "event":"SUSPEND",%s""".formatted(document("TB_TAM_DUNG", "12/TB-KHCN", "2024-09-01")));
        office.record(id, """
                "kind":"INSPECTION","note":"Kiểm tra đột xuất",%s""".formatted(document("BB_KIEM_TRA", null, "2024-10-01")));

        refused(id, 400, "Cần chọn trường hợp dừng thực hiện, chấm dứt hợp đồng theo quy định.",
                () -> office.transition(id, """
                        "event":"STOP",%s""".formatted(document("QD_DUNG", "1120/QĐ-UBND", "2024-11-20"))));
        refused(id, 400, "Văn bản \"Thông báo dừng, không thực hiện\" không dùng cho bước này (thường là: Quyết định "
                + "dừng thực hiện).", () -> office.transition(id, """
                        "event":"STOP","terminationCase":"CANNOT_BE_COMPLETED",%s"""
                        .formatted(document("TB_DUNG", "1/TB", "2024-11-20"))));
        refused(id, 400, "Giá trị \"KHONG_RO\" của trường terminationCase không hợp lệ.",
                () -> office.transition(id, """
                        "event":"STOP","terminationCase":"KHONG_RO",%s"""
                        .formatted(document("QD_DUNG", "1120/QĐ-UBND", "2024-11-20"))));
        assertThat(office.move(id, """
                "event":"STOP","terminationCase":"CANNOT_BE_COMPLETED","reason":"Giống men lá không thích nghi",%s"""
                .formatted(document("QD_DUNG", "1120/QĐ-UBND", "2024-11-20")))).isEqualTo("DUNG");

        refused(id, 400, "Nhiệm vụ đã được cấp 300.000.000 đồng: cần ghi nhận quyết định thu hồi kinh phí trước khi "
                + "thanh lý.", () -> office.transition(id, """
                        "event":"SETTLE_STOPPED",%s""".formatted(document("BB_THANH_LY", null, "2025-02-01"))));
        refused(id, 409, "Không thể ghi \"Cấp kinh phí\" khi nhiệm vụ đang ở trạng thái \"Dừng thực hiện / chấm dứt "
                + "hợp đồng\".", () -> office.event(id, """
                        "kind":"DISBURSEMENT","amount":1000,%s"""
                        .formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-12-01"))));
        office.record(id, """
                "kind":"REFUND","amount":120000000,%s""".formatted(document("QD_THU_HOI", "20/QĐ-UBND", "2025-01-10")));
        assertThat(office.move(id, """
                "event":"SETTLE_STOPPED",%s""".formatted(document("BB_THANH_LY", null, "2025-02-01"))))
                .isEqualTo("DONG");
        assertThat(project(id).read("$.outcome", String.class)).isEqualTo("CHAM_DUT");
    }

    @Test
    void refusesTheEarlyClosingsWhoseConditionsAreNotMet() {
        long id = proposal();
        long council = councilOf(id, "IDENTIFICATION", "2023-07-20", "Nguyễn Thị Lan", "Sở Tài chính");
        office.post("/api/v1/projects/" + id + "/councils/" + council + "/conclusion",
                "{\"conclusion\":\"Đưa vào danh mục\"}");
        office.move(id, """
                "event":"APPROVE_LIST",%s""".formatted(document("QD_PHE_DUYET_DANH_MUC", "9/QĐ-UBND", "2023-09-01")));
        refused(id, 400, "Cần ghi rõ lý do (không có hồ sơ đăng ký, không có đơn vị trúng tuyển...).",
                () -> office.transition(id, """
                        "event":"NO_SELECTION",%s""".formatted(document("THONG_BAO", "5/TB-KHCN", "2023-10-01"))));
        assertThat(office.move(id, """
                "event":"NO_SELECTION","reason":"Không có đơn vị nộp hồ sơ tuyển chọn",%s"""
                .formatted(document("THONG_BAO", "5/TB-KHCN", "2023-10-01")))).isEqualTo("DONG");
        assertThat(project(id).read("$.outcome", String.class)).isEqualTo("KHONG_TRIEN_KHAI");

        // Withdrawing before the contract is refused once money went out.
        long approved = executing("Lương Văn Tài", "Trường Cao đẳng Bắc Kạn");
        jdbc.sql("update project set state = 'CHO_HOP_DONG' where id = ?").param(approved).update();
        office.record(approved, """
                "kind":"DISBURSEMENT","amount":100000000,%s"""
                .formatted(document("CHUNG_TU_CAP_PHAT", null, "2024-02-01")));
        refused(approved, 400, "Nhiệm vụ đã được cấp 100.000.000 đồng: không thể dừng, không thực hiện; cần xử lý theo "
                + "thủ tục dừng thực hiện, thu hồi kinh phí.", () -> office.transition(approved, """
                        "event":"WITHDRAW",%s""".formatted(document("TB_DUNG", "7/TB-KHCN", "2024-03-01"))));
        refused(approved, 400, "Ngày 01/03/2099 chưa đến: chỉ ghi nhận việc đã xảy ra.",
                () -> office.transition(approved, """
                        "event":"SIGN_CONTRACT",%s""".formatted(document("HOP_DONG", "9/HĐ", "2099-03-01"))));
    }

    @Test
    void recordsTheMinistrysDecisionsOnACoManagedProjectWithWarningsInsteadOfRefusals() {
        long id = office.create("""
                "title":"%s","level":"QUOC_GIA","programme":"NTMN","ntmnManagement":"TRUNG_UONG",
                "departmentRole":"PHOI_HOP_QUAN_LY","type":"DU_AN_UNG_DUNG","field":"2","startYear":2022,
                "host":"Công ty Cổ phần Gạch không nung Bắc Kạn","state":"DANG_THUC_HIEN","stateSince":"2022-06-01"
                """.formatted(title()));
        MvcTestResult result = office.transition(id, """
                "event":"STOP",%s""".formatted(document("QD_CHAM_DUT", "1234/QĐ-BKHCN", "2023-05-15")));
        assertThat(result).hasStatusOk();
        assertThat(ProjectApi.body(result).read("$.state", String.class)).isEqualTo("DUNG");
        assertThat(ProjectApi.body(result).read("$.warnings[0]", String.class))
                .isEqualTo("Cần chọn trường hợp dừng thực hiện, chấm dứt hợp đồng theo quy định.");
        assertThat(project(id).read("$.timeline[0].warning", String.class)).contains("Cần chọn trường hợp");
    }

    @Test
    void refusesBadRecordsAndKeepsThemOut() {
        long before = jdbc.sql("select count(*) from project").query(Long.class).single();
        assertThat(detail(office.post("/api/v1/projects", """
                {"title":"Thiếu lĩnh vực","level":"TINH","startYear":2024,"proposer":"Sở Y tế"}""")))
                .isEqualTo("Cần chọn lĩnh vực KH&CN.");
        assertThat(detail(office.post("/api/v1/projects", """
                {"title":"Không có người đề xuất","level":"TINH","field":"3","startYear":2024}""")))
                .isEqualTo("Phiếu đề xuất cần ghi đơn vị, cá nhân đề xuất hoặc đặt hàng.");
        assertThat(detail(office.post("/api/v1/projects", """
                {"title":"Ngày ngược","level":"TINH","field":"3","startYear":2024,"proposer":"Sở Y tế",
                 "startOn":"2024-06-01","endOn":"2024-05-31"}""")))
                .isEqualTo("Ngày kết thúc 31/05/2024 trước ngày bắt đầu 01/06/2024.");
        assertThat(detail(office.post("/api/v1/projects", """
                {"title":"Cấp lạ","level":"HUYEN","field":"3","startYear":2024,"proposer":"Sở Y tế"}""")))
                .isEqualTo("Giá trị \"HUYEN\" của trường level không hợp lệ.");
        assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(before);

        long id = proposal();
        String code = project(id).read("$.code");
        assertThat(office.post("/api/v1/projects", """
                {"code":"%s","title":"Trùng mã","level":"TINH","field":"3","startYear":2024,"proposer":"Sở Y tế"}"""
                .formatted(code.toLowerCase()))).hasStatus(409);
        assertThat(new ProjectApi(mvc, "admin").get("/api/v1/projects/" + id)).hasStatusOk();
    }
}
