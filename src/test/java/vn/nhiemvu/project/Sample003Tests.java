package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.project.ProjectApi.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.DocumentContext;

import vn.nhiemvu.IntegrationTest;

/**
 * The portfolio of sample 003 (Bắc Kạn, six-month report 2023, ../shared/corpus/003_40fd22f00ea810c7.txt, and the
 * spec's worked example 1): "quản lý 38 nhiệm vụ (31 chuyển tiếp; 07 thực hiện từ năm 2023)", the carried-over 31 being
 * 22 cấp tỉnh, 06 NTMN (04 phối hợp quản lý), 02 quốc gia and 01 sở hữu trí tuệ, the 7 new ones the 9 of the list less
 * 2 that found no host. Entered through the API in an agency of its own, with the half-year's events, the figures come
 * out as the report states them, computed rather than counted by hand.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sample003Tests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private ProjectApi api;
    private final Map<String, Long> ids = new java.util.HashMap<>();

    private static final List<String> PROVINCIAL = List.of("Mô hình THA, ĐTD", "Hệ thống thông tin ngành nông nghiệp",
            "Hoài sơn, Địa Hoàng", "Pháp chế", "Men lá", "Nấm Linh chi, Vân chi", "Ngô sinh khối", "Thạch đen",
            "Cà gai leo", "Chuối tây", "Tuyển chọn chủng vi sinh vật gốc", "Tuyên giáo cơ sở", "Thiên tai Ba Bể",
            "Vịt bầu cổ xanh", "Chế phẩm sinh học", "Cam sành Bắc Kạn", "Bí xanh thơm", "Gà xương đen",
            "Quýt Quang Thuận", "Trà hoa vàng", "Lợn đen địa phương", "Du lịch cộng đồng Ba Bể");

    private static final List<String> NEW_2023 = List.of("Bom Cement", "Phương pháp dạy và học LLCT", "Thalassemia",
            "Tiếp nhận công nghệ xử lý chất thải chăn nuôi", "Cây Hôi", "Cây Sau Sau", "Chăn nuôi bò lai sinh sản khép kín");

    @BeforeAll
    void enterThePortfolio() {
        api = new ProjectApi(mvc, ProjectFixtures.newDepartment(jdbc, passwordEncoder), ProjectFixtures.PASSWORD);

        // 22 provincial projects carried over from 2020–2022, most of them executing.
        for (int i = 0; i < PROVINCIAL.size(); i++) {
            String name = PROVINCIAL.get(i);
            int startYear = 2020 + i % 3;
            String state = switch (name) {
                case "Mô hình THA, ĐTD", "Hệ thống thông tin ngành nông nghiệp", "Chuối tây",
                        "Tuyển chọn chủng vi sinh vật gốc" -> "CHO_NGHIEM_THU";
                case "Hoài sơn, Địa Hoàng", "Pháp chế" -> "SAU_NGHIEM_THU";
                default -> "DANG_THUC_HIEN";
            };
            String since = state.equals("DANG_THUC_HIEN") ? startYear + "-03-01" : "2022-12-20";
            boolean endsMidYear = i % 2 == 0 || name.equals("Nấm Linh chi, Vân chi");
            String end = state.equals("DANG_THUC_HIEN") ? (endsMidYear ? "2023-06-30" : "2023-12-31") : "2022-12-15";
            ids.put(name, api.create("""
                    "title":"Dự án %s","shortName":"%s","level":"TINH","type":"%s","field":"%s","startYear":%d,
                    "unit":"QLKH","host":"Tổ chức chủ trì %d","principalInvestigator":{"name":"Chủ nhiệm %d"},
                    "startOn":"%d-03-01","endOn":"%s","durationMonths":30,
                    "budget":{"total":1200000000,"state":900000000,"other":300000000},
                    "state":"%s","stateSince":"%s\"""".formatted(name, name, i % 4 == 0 ? "DE_TAI" : "DU_AN_SXTN",
                    i % 5 == 0 ? "5" : "4", startYear, i, i, startYear, end, state, since)));
        }
        // 6 NTMN projects, 4 co-managed with the ministry; 2 national; 1 of the IP programme.
        ntmn("Gạch xi măng - cốt liệu", "TRUNG_UONG", "PHOI_HOP_QUAN_LY");
        ntmn("Quýt, mơ cô đặc JEVA", "TRUNG_UONG", "PHOI_HOP_QUAN_LY");
        ntmn("Chuỗi lợn địa phương", "TRUNG_UONG", "PHOI_HOP_QUAN_LY");
        ntmn("Mơ vàng vùng nguyên liệu", "TRUNG_UONG", "PHOI_HOP_QUAN_LY");
        ntmn("Hồng LT-1", "DIA_PHUONG", "QUAN_LY");
        ntmn("Chè Shan Chợ Mới", "DIA_PHUONG", "QUAN_LY");
        for (String name : List.of("Bò Mông", "Giống lúa chất lượng cao")) {
            ids.put(name, api.create("""
                    "title":"Dự án %s","shortName":"%s","level":"QUOC_GIA","type":"DU_AN_SXTN","field":"4",
                    "startYear":2021,"unit":"QLKH","state":"DANG_THUC_HIEN","stateSince":"2021-07-01\""""
                    .formatted(name, name)));
        }
        ids.put("Nhãn hiệu Miến dong", api.create("""
                "title":"Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận Miến dong Bắc Kạn",
                "shortName":"Nhãn hiệu Miến dong","level":"QUOC_GIA","programme":"SHTT","type":"DU_AN_KHCN",
                "field":"5","startYear":2022,"unit":"CSSHTT","state":"DANG_THUC_HIEN","stateSince":"2022-04-01\""""));

        // The 2023 list: 9 provincial projects identified in 2022; 2 find no host in 2023.
        List<String> list = new ArrayList<>(NEW_2023);
        list.add("Ớt Bắc Kạn");
        list.add("Tảo xoắn Spirulina");
        for (String name : list) {
            long id = api.create("""
                    "title":"Dự án %s","shortName":"%s","level":"TINH","type":"DE_TAI","field":"3","startYear":2023,
                    "origin":"DAT_HANG","proposer":"UBND tỉnh Bắc Kạn","unit":"QLKH",
                    "proposal":{"kind":"PHIEU_DE_XUAT","date":"2022-05-15"}""".formatted(name, name));
            ids.put(name, id);
            council(id, "IDENTIFICATION", "2022-08-10", true, null);
            api.move(id, "\"event\":\"APPROVE_LIST\"," + document("QD_PHE_DUYET_DANH_MUC", "2230/QĐ-UBND", "2022-11-30"));
        }

        // The first half of 2023.
        api.move(ids.get("Ớt Bắc Kạn"), "\"event\":\"NO_SELECTION\",\"reason\":\"Không có đơn vị trúng tuyển\","
                + document("THONG_BAO", "31/TB-KHCN", "2023-04-20"));
        api.move(ids.get("Tảo xoắn Spirulina"), "\"event\":\"NO_SELECTION\",\"reason\":\"Không có hồ sơ đăng ký\","
                + document("THONG_BAO", "32/TB-KHCN", "2023-04-20"));
        for (int i = 0; i < NEW_2023.size(); i++) {
            long id = ids.get(NEW_2023.get(i));
            council(id, "DIRECT_ASSIGNMENT", "2023-03-" + (10 + i), true, null);
            if (i < 5) {
                api.move(id, """
                        "event":"APPROVE_SELECTION","host":"Đơn vị chủ trì mới %d","principalInvestigator":{"name":"Chủ nhiệm mới %d"},
                        %s""".formatted(i, i, document("QD_PHE_DUYET_CHU_TRI", (500 + i) + "/QĐ-UBND", "2023-04-25")));
            }
        }
        long bom = ids.get("Bom Cement");
        api.move(bom, """
                "event":"APPROVE_PROJECT","startOn":"2023-06-01","endOn":"2025-05-31","durationMonths":24,
                "budget":{"total":2000000000,"state":1500000000,"other":500000000},%s"""
                .formatted(document("QD_PHE_DUYET_NHIEM_VU", "900/QĐ-UBND", "2023-05-20")));
        api.move(bom, "\"event\":\"SIGN_CONTRACT\"," + document("HOP_DONG", "03/2023/HĐ-KHCN", "2023-06-01"));

        // Nghiệm thu 02 ĐTDA, xếp loại "Khá"; 2 acceptance councils.
        for (String name : List.of("Mô hình THA, ĐTD", "Hệ thống thông tin ngành nông nghiệp")) {
            long id = ids.get(name);
            api.move(id, "\"event\":\"SUBMIT_FOR_ACCEPTANCE\"," + document("HO_SO_NGHIEM_THU", null, "2023-02-15"));
            council(id, "ACCEPTANCE", "2023-03-20", true, "KHA");
            api.move(id, "\"event\":\"ACCEPT\"," + document("BB_HD_NGHIEM_THU", null, "2023-03-20"));
        }
        // Công nhận kết quả 02 ĐTDA.
        for (String name : List.of("Hoài sơn, Địa Hoàng", "Pháp chế")) {
            api.record(ids.get(name), "\"kind\":\"RECOGNITION\","
                    + document("QD_CONG_NHAN", "610/QĐ-UBND", "2023-04-10"));
        }
        // Quyết định dừng thực hiện of the Chủ tịch UBND tỉnh.
        api.move(ids.get("Men lá"), """
                "event":"STOP","terminationCase":"CANNOT_BE_COMPLETED","reason":"Không đạt mục tiêu",%s"""
                .formatted(document("QD_DUNG", "815/QĐ-UBND", "2023-05-10")));
        // Kiểm tra 11 lượt ĐTDA cấp tỉnh; hội thảo 05 ĐTDA.
        List<String> inspected = List.of("Nấm Linh chi, Vân chi", "Ngô sinh khối", "Thạch đen", "Cà gai leo",
                "Tuyên giáo cơ sở", "Thiên tai Ba Bể", "Vịt bầu cổ xanh", "Chế phẩm sinh học");
        for (int i = 0; i < 11; i++) {
            api.record(ids.get(inspected.get(i % inspected.size())), "\"kind\":\"INSPECTION\","
                    + document("BB_KIEM_TRA", null, "2023-0" + (2 + i % 4) + "-1" + (i % 9)));
        }
        for (String name : List.of("Cam sành Bắc Kạn", "Bí xanh thơm", "Gà xương đen", "Quýt Quang Thuận", "Trà hoa vàng")) {
            api.record(ids.get(name), "\"kind\":\"WORKSHOP\",\"on\":\"2023-04-28\",\"note\":\"Hội thảo khoa học\"");
        }
        // Gia hạn 3 (one of 3 months), 2 gia hạn nộp hồ sơ nghiệm thu, 1 đổi tổ chức phối hợp, 1 đổi chủ nhiệm.
        api.record(ids.get("Nấm Linh chi, Vân chi"), "\"kind\":\"EXTENSION\",\"newDate\":\"2023-12-31\","
                + document("QD_GIA_HAN", "120/QĐ-KHCN", "2023-05-15"));
        api.record(ids.get("Chế phẩm sinh học"), "\"kind\":\"EXTENSION\",\"newDate\":\"2023-09-30\","
                + document("QD_GIA_HAN", "121/QĐ-KHCN", "2023-05-20"));
        api.record(ids.get("Cà gai leo"), "\"kind\":\"EXTENSION\",\"newDate\":\"2024-03-31\","
                + document("QD_GIA_HAN", "122/QĐ-KHCN", "2023-06-05"));
        for (String name : List.of("Chuối tây", "Tuyển chọn chủng vi sinh vật gốc")) {
            api.record(ids.get(name), "\"kind\":\"DOSSIER_EXTENSION\",\"newDate\":\"2023-09-30\","
                    + document("VB_CHAP_THUAN", "88/KHCN-QLKH", "2023-03-15"));
        }
        api.record(ids.get("Ngô sinh khối"), "\"kind\":\"PARTNER_CHANGE\",\"partners\":[\"HTX Nông nghiệp Thanh Vận\"],"
                + document("QD_THAY_DOI", "130/QĐ-KHCN", "2023-04-05"));
        api.record(ids.get("Thạch đen"), """
                "kind":"INVESTIGATOR_CHANGE","principalInvestigator":{"name":"Hà Thị Thu"},"reason":"Chủ nhiệm nghỉ hưu",%s"""
                .formatted(document("QD_THAY_DOI", "131/QĐ-KHCN", "2023-05-02")));
        // On national and NTMN projects: 3 inspections, 1 adjustment, 1 change of PI with a site added, 1 contract
        // terminated by the Ministry in May 2023, 1 project suspended.
        for (String name : List.of("Quýt, mơ cô đặc JEVA", "Chuỗi lợn địa phương", "Hồng LT-1")) {
            api.record(ids.get(name), "\"kind\":\"INSPECTION\"," + document("BB_KIEM_TRA", null, "2023-05-25"));
        }
        api.record(ids.get("Hồng LT-1"), "\"kind\":\"ADJUSTMENT\",\"note\":\"Điều chỉnh nội dung chi\","
                + document("QD_DIEU_CHINH", "140/QĐ-UBND", "2023-03-10"));
        api.record(ids.get("Chè Shan Chợ Mới"), """
                "kind":"INVESTIGATOR_CHANGE","principalInvestigator":{"name":"Lục Văn Thắng"},
                "reason":"Thay đổi chủ nhiệm và bổ sung địa điểm thực hiện",%s"""
                .formatted(document("QD_THAY_DOI", "141/QĐ-UBND", "2023-04-20")));
        api.move(ids.get("Gạch xi măng - cốt liệu"), """
                "event":"STOP","terminationCase":"AUTHORITY_DECISION",%s"""
                .formatted(document("QD_CHAM_DUT", "1050/QĐ-BKHCN", "2023-05-18")));
        api.move(ids.get("Bò Mông"), "\"event\":\"SUSPEND\"," + document("TB_TAM_DUNG", "45/TB-BKHCN", "2023-04-01"));

        // A supplementary task identified for 2023 by its council; still a proposal, so not managed.
        long supplementary = api.create("""
                "title":"Nhiệm vụ bổ sung năm 2023","level":"TINH","field":"2","startYear":2023,"supplementary":true,
                "batch":"đợt 2/2023","proposer":"Sở Công Thương","unit":"QLKH",
                "proposal":{"kind":"PHIEU_DE_XUAT","date":"2023-04-02"}""");
        council(supplementary, "IDENTIFICATION", "2023-05-05", false, null);

        // Proposals for 2024: 30 nông nghiệp, 20 kỹ thuật và công nghệ, 12 y dược, 13 xã hội (10 + 3 nhân văn).
        int n = 0;
        for (Object[] batch : new Object[][] {{"4", 30}, {"2", 20}, {"3", 12}, {"5", 10}, {"6", 3}}) {
            for (int i = 0; i < (int) batch[1]; i++) {
                api.create("""
                        "title":"Đề xuất đặt hàng năm 2024 số %d","level":"TINH","field":"%s","startYear":2024,
                        "proposer":"UBND huyện Chợ Đồn","unit":"QLKH",
                        "proposal":{"kind":"PHIEU_DE_XUAT","date":"2023-05-%02d"}""".formatted(++n, batch[0],
                        1 + n % 28));
            }
        }
    }

    private void council(long projectId, String kind, String meetingOn, boolean conclude, String rating) {
        long council = ProjectApi.id(api.post("/api/v1/projects/" + projectId + "/councils", """
                {"kind":"%s","meetingOn":"%s","members":[{"name":"Nguyễn Văn Chủ tịch","role":"CHAIR"},
                 {"name":"Trần Thị Phản biện","role":"REVIEWER"}]}""".formatted(kind, meetingOn)));
        if (conclude) {
            assertThat(api.post("/api/v1/projects/" + projectId + "/councils/" + council + "/conclusion", """
                    {"conclusion":"Thống nhất","rating":%s}""".formatted(rating == null ? "null" : "\"" + rating + "\"")))
                    .hasStatus(204);
        }
    }

    private void ntmn(String name, String management, String role) {
        ids.put(name, api.create("""
                "title":"Dự án %s","shortName":"%s","level":"QUOC_GIA","programme":"NTMN","ntmnManagement":"%s",
                "departmentRole":"%s","type":"DU_AN_UNG_DUNG","field":"4","startYear":2021,"unit":"QLKH",
                "state":"DANG_THUC_HIEN","stateSince":"2021-09-01\"""".formatted(name, name, management, role)));
    }

    @Test
    void countsThe38ManagedProjectsAsTheSixMonthReportDoes() {
        DocumentContext figures = api.json("/api/v1/projects/figures?year=2023&asOf=2023-06-16");
        assertThat(figures.read("$.managed.total", Integer.class)).isEqualTo(38);
        assertThat(figures.read("$.managed.carriedOver", Integer.class)).isEqualTo(31);
        assertThat(figures.read("$.managed.started", Integer.class)).isEqualTo(7);
        // 22 cấp tỉnh + 06 NTMN + 02 quốc gia + 01 SHTT = 31 carried over; the 7 new are provincial.
        assertThat(figures.read("$.byGroup[?(@.group == 'TINH')].carriedOver", List.class)).containsExactly(22);
        assertThat(figures.read("$.byGroup[?(@.group == 'TINH')].started", List.class)).containsExactly(7);
        assertThat(figures.read("$.byGroup[?(@.group == 'NTMN')].carriedOver", List.class)).containsExactly(6);
        assertThat(figures.read("$.byGroup[?(@.group == 'QUOC_GIA')].carriedOver", List.class)).containsExactly(2);
        assertThat(figures.read("$.byGroup[?(@.group == 'SHTT')].carriedOver", List.class)).containsExactly(1);
        assertThat(figures.read("$.byRole.PHOI_HOP_QUAN_LY", Integer.class)).isEqualTo(4);
        assertThat(figures.read("$.byRole.QUAN_LY", Integer.class)).isEqualTo(34);
        assertThat(figures.read("$.byLevel.TINH", Integer.class)).isEqualTo(29);
    }

    @Test
    void computesTheHalfYearsEventsCouncilsAndProposals() {
        DocumentContext figures = api.json("/api/v1/projects/figures?year=2023&asOf=2023-06-16");
        // Tổng hợp 75 nhiệm vụ đề xuất đặt hàng thực hiện từ năm 2024, xã hội and nhân văn merged.
        assertThat(figures.read("$.proposals.planYear", Integer.class)).isEqualTo(2024);
        assertThat(figures.read("$.proposals.total", Integer.class)).isEqualTo(75);
        assertThat(figures.read("$.proposals.byField", Map.class))
                .isEqualTo(Map.of("2", 20, "3", 12, "4", 30, "5", 13));
        // 10 cuộc họp Hội đồng: 07 giao trực tiếp, 02 nghiệm thu, 01 xác định nhiệm vụ bổ sung.
        assertThat(figures.read("$.councils", Map.class))
                .isEqualTo(Map.of("DIRECT_ASSIGNMENT", 7, "ACCEPTANCE", 2, "IDENTIFICATION", 1));
        assertThat(figures.read("$.accepted.total", Integer.class)).isEqualTo(2);
        assertThat(figures.read("$.accepted.byRating", Map.class)).isEqualTo(Map.of("KHA", 2));
        assertThat(figures.read("$.recognised", Integer.class)).isEqualTo(2);
        assertThat(figures.read("$.inspections.occurrences", Integer.class)).isEqualTo(14);
        assertThat(figures.read("$.stopped", Integer.class)).isEqualTo(1);
        assertThat(figures.read("$.terminated", Integer.class)).isEqualTo(1);
        assertThat(figures.read("$.suspendedAtEnd", Integer.class)).isEqualTo(1);
        assertThat(figures.read("$.extensions", Integer.class)).isEqualTo(3);
        assertThat(figures.read("$.dossierExtensions", Integer.class)).isEqualTo(2);
        assertThat(figures.read("$.investigatorChanges", Integer.class)).isEqualTo(2);
        assertThat(figures.read("$.partnerChanges", Integer.class)).isEqualTo(1);
        assertThat(figures.read("$.adjustments", Integer.class)).isEqualTo(1);
        assertThat(figures.read("$.contractsSigned", Integer.class)).isEqualTo(1);
    }

    @Test
    void countsTheTwoProjectsWithoutAHostUntilTheyClosed() {
        // At the end of the first quarter both were still in selection: 9 new projects, 40 managed.
        DocumentContext quarter = api.json("/api/v1/projects/figures?year=2023&asOf=2023-03-31");
        assertThat(quarter.read("$.managed.total", Integer.class)).isEqualTo(40);
        assertThat(quarter.read("$.managed.started", Integer.class)).isEqualTo(9);
        // Closed "không triển khai" in April, they never count again.
        DocumentContext year = api.json("/api/v1/projects/figures?year=2023&asOf=2023-12-31");
        assertThat(year.read("$.managed.started", Integer.class)).isEqualTo(7);
    }

    @Test
    void listsTheManagedProjectsInTheRegister() {
        DocumentContext page = api.json("/api/v1/projects?managedIn=2023&size=100");
        assertThat(page.read("$.total", Integer.class)).isEqualTo(38);
        DocumentContext ntmn = api.json("/api/v1/projects?programme=NTMN&role=PHOI_HOP_QUAN_LY");
        assertThat(ntmn.read("$.total", Integer.class)).isEqualTo(4);
        DocumentContext text = api.json("/api/v1/projects", "q", "nam linh chi");
        assertThat(text.read("$.items[*].shortName", List.class)).containsExactly("Nấm Linh chi, Vân chi");
    }
}
