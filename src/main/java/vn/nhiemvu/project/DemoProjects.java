package vn.nhiemvu.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.SignedInUser;

/**
 * With {@code --demo}: a small portfolio of the Bắc Giang Department named after the projects of sample 000
 * (Baba gai, ba kích and cà gai leo GACP-WHO, phân bón cho cây vải thiều, bò Blanc-Blue-Belge, phần mềm ISO 9001,
 * cam V2 and CS1, củ cải đỏ Đà Lạt), spread over every state, with councils, money and events around today, so that
 * the register, a project's page, the board and the figures have something to show. Only into an agency without
 * projects.
 */
@Component
@Order(30)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final boolean demo;
    private final AccountService accounts;
    private final ProjectService projects;
    private final CouncilService councils;
    private final ProjectRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoProjects(@Value("${nhiemvu.bootstrap.demo:false}") boolean demo, AccountService accounts,
            ProjectService projects, CouncilService councils, ProjectRepository repository,
            TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.accounts = accounts;
        this.projects = projects;
        this.councils = councils;
        this.repository = repository;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(demo || args.containsOption("demo"))) {
            return;
        }
        SignedInUser office;
        try {
            office = accounts.loadUserByUsername("vanphong");
        } catch (RuntimeException noDemoOffice) {
            return;
        }
        if (repository.count(office.agencyId()) > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> record(office, LocalDate.now(clock)));
        log.info("Dữ liệu mẫu nhiệm vụ KH&CN đã được tạo");
    }

    private void record(SignedInUser office, LocalDate today) {
        int year = today.getYear();
        LocalDate started = today.minusMonths(14).withDayOfMonth(1);

        // An NTMN project delegated to the province, executing, with its procurement and money.
        long baba = projects.create(office, draft("Ứng dụng tiến bộ khoa học và công nghệ xây dựng mô hình sản xuất "
                + "giống và nuôi thương phẩm Baba gai (Palea steindachneri Siebenrock 1906) trên địa bàn tỉnh Bắc Giang",
                "Baba gai", ProjectLevel.QUOC_GIA, "NTMN", DepartmentRole.QUAN_LY, ProjectType.DU_AN_UNG_DUNG,
                ScienceField.AGRICULTURAL, "Trung tâm Ứng dụng KH&CN Bắc Giang",
                new Investigator("Nguyễn Văn Khánh", "ThS.", "Trung tâm Ứng dụng KH&CN Bắc Giang"), year - 1,
                started, started.plusMonths(30).minusDays(1), 30, new Budget(4_200_000_000L, 2_900_000_000L,
                        1_300_000_000L, 2_100_000_000L), ProjectState.DANG_THUC_HIEN, started,
                new DocumentDraft(DocumentKind.HOP_DONG, "12/2025/HĐ-NTMN", started, null, null, null)));
        activity(office, baba, ActivityKind.DISBURSEMENT, started.plusDays(20), DocumentKind.CHUNG_TU_CAP_PHAT, null,
                1_200_000_000L, null, "Tạm ứng đợt 1");
        activity(office, baba, ActivityKind.PERIODIC_REPORT, started.plusMonths(6), DocumentKind.BAO_CAO_DINH_KY,
                null, null, null, "Báo cáo tiến độ 6 tháng");
        activity(office, baba, ActivityKind.INSPECTION, started.plusMonths(7), DocumentKind.BB_KIEM_TRA, null, null,
                null, "Kiểm tra mô hình nuôi thương phẩm tại huyện Lục Nam");
        activity(office, baba, ActivityKind.PROCUREMENT, started.plusMonths(9),
                DocumentKind.QD_KH_LUA_CHON_NHA_THAU, "215/QĐ-KHCN", null, null,
                "Kế hoạch lựa chọn nhà thầu cung cấp con giống");
        activity(office, baba, ActivityKind.MID_TERM_REVIEW, started.plusMonths(12), DocumentKind.KL_GIUA_KY, null,
                null, null, "Đạt yêu cầu tiến độ, đủ điều kiện cấp kinh phí đợt 2");
        activity(office, baba, ActivityKind.PERIODIC_REPORT, started.plusMonths(12), DocumentKind.BAO_CAO_DINH_KY,
                null, null, null, "Báo cáo tiến độ 12 tháng");
        activity(office, baba, ActivityKind.DISBURSEMENT, started.plusMonths(12).plusDays(10),
                DocumentKind.CHUNG_TU_CAP_PHAT, null, 900_000_000L, null, "Tạm ứng đợt 2");

        // A provincial project whose term ended, awaiting its acceptance dossier.
        LocalDate oldStart = LocalDate.of(year - 3, 3, 1);
        projects.create(office, draft("Ứng dụng tiến bộ KH&CN xây dựng mô hình nhân giống, trồng và sơ chế cây ba "
                + "kích, cà gai leo đạt tiêu chuẩn GACP-WHO tại tỉnh Bắc Giang", "Ba kích, cà gai leo GACP-WHO",
                ProjectLevel.TINH, null, DepartmentRole.QUAN_LY, ProjectType.DU_AN_SXTN, ScienceField.AGRICULTURAL,
                "Công ty TNHH Dược liệu Yên Thế", new Investigator("Hoàng Thị Minh", "TS.", null), year - 3,
                oldStart, today.minusMonths(2).withDayOfMonth(1).minusDays(1), 24, new Budget(2_500_000_000L,
                        1_800_000_000L, 700_000_000L, null), ProjectState.CHO_NGHIEM_THU,
                today.minusMonths(2).withDayOfMonth(1), null));

        // A national project the Department co-manages: the ministry decides.
        long vai = projects.create(office, draft("Nghiên cứu sản xuất và sử dụng phân bón chuyên dùng cho cây vải "
                + "thiều tại tỉnh Bắc Giang", "Phân bón cho cây vải thiều", ProjectLevel.QUOC_GIA, null,
                DepartmentRole.PHOI_HOP_QUAN_LY, ProjectType.DE_TAI, ScienceField.AGRICULTURAL,
                "Viện Thổ nhưỡng Nông hóa", new Investigator("Lê Văn Tiến", "PGS.TS.", null), year - 2,
                LocalDate.of(year - 2, 7, 1), LocalDate.of(year + 1, 6, 30), 36, Budget.NONE,
                ProjectState.DANG_THUC_HIEN, LocalDate.of(year - 2, 7, 1), null));
        activity(office, vai, ActivityKind.ADJUSTMENT, today.minusMonths(3), DocumentKind.VB_CHAP_THUAN,
                "1520/BKHCN-XHTN", null, null, "Thay đổi địa điểm thực hiện mô hình tưới phân khoáng hòa tan");

        // A provincial software project, executing, inspected; its end comes soon.
        long iso = projects.create(office, draft("Nghiên cứu xây dựng phần mềm đánh giá áp dụng Hệ thống quản lý "
                + "chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 trên địa bàn tỉnh", "Phần mềm đánh giá ISO 9001",
                ProjectLevel.TINH, null, DepartmentRole.QUAN_LY, ProjectType.DE_TAI, ScienceField.ENGINEERING,
                "Chi cục Tiêu chuẩn Đo lường Chất lượng Bắc Giang",
                new Investigator("Trần Quang Huy", "ThS.", "Chi cục TĐC"), year - 1, today.minusMonths(20),
                today.plusMonths(1), 21, new Budget(950_000_000L, 950_000_000L, 0L, 500_000_000L),
                ProjectState.DANG_THUC_HIEN, today.minusMonths(20), null));
        activity(office, iso, ActivityKind.DISBURSEMENT, today.minusMonths(19), DocumentKind.CHUNG_TU_CAP_PHAT, null,
                600_000_000L, null, "Tạm ứng đợt 1");
        activity(office, iso, ActivityKind.INSPECTION, today.minusMonths(4), DocumentKind.BB_KIEM_TRA, null, null,
                null, "Kiểm tra tiến độ định kỳ");

        // Cam V2 and CS1: accepted, completing the after-acceptance steps.
        long cam = projects.create(office, draft("Xây dựng mô hình trồng mới thâm canh giống cam sạch bệnh V2 và CS1 "
                + "trên địa bàn huyện Lạng Giang", "Cam V2 và CS1 Lạng Giang", ProjectLevel.TINH, null,
                DepartmentRole.QUAN_LY, ProjectType.DU_AN_SXTN, ScienceField.AGRICULTURAL,
                "Hợp tác xã Cây ăn quả Lạng Giang", new Investigator("Ngô Văn Phúc", "KS.", null), year - 3,
                LocalDate.of(year - 3, 1, 1), LocalDate.of(year - 1, 12, 31), 36,
                new Budget(1_600_000_000L, 1_100_000_000L, 500_000_000L, null), ProjectState.DANG_NGHIEM_THU,
                today.minusMonths(3), null));
        long council = councils.setUp(office, cam, new CouncilDraft(CouncilKind.ACCEPTANCE, today.minusDays(40),
                "412/QĐ-UBND", List.of(
                        new CouncilDraft.MemberDraft("Phạm Văn Dũng", "PGS.TS.", "Trường Đại học Nông Lâm Bắc Giang",
                                CouncilRole.CHAIR),
                        new CouncilDraft.MemberDraft("Đào Thị Hương", "TS.", "Sở Nông nghiệp và Môi trường",
                                CouncilRole.REVIEWER),
                        new CouncilDraft.MemberDraft("Vũ Minh Tâm", "ThS.", "Viện Nghiên cứu Rau quả",
                                CouncilRole.MEMBER))));
        List<CouncilMemberView> members = councils.councils(office, cam).get(0).members();
        councils.conclude(office, cam, council, null, new CouncilConclusion(
                "Dự án hoàn thành đầy đủ sản phẩm theo hợp đồng; đề nghị hoàn thiện báo cáo tổng hợp", "KHA",
                today.minusDays(40), null, null, members.stream()
                        .map(m -> new CouncilConclusion.Vote(m.id(), "KHA", null, null)).toList()));
        projects.transition(office, cam, null, new TransitionCommand(LifecycleEvent.ACCEPT, today.minusDays(40),
                new DocumentDraft(DocumentKind.BB_HD_NGHIEM_THU, null, today.minusDays(40), null, null, null), null,
                null, null, ProjectChanges.NONE));
        activity(office, cam, ActivityKind.DOSSIER_COMPLETED, today.minusDays(25), null, null, null, null,
                "Đã hoàn thiện báo cáo tổng hợp theo kết luận Hội đồng");
        activity(office, cam, ActivityKind.RECOGNITION, today.minusDays(12), DocumentKind.QD_CONG_NHAN,
                "1288/QĐ-UBND", null, null, null);

        // A grassroots project of the year's list announced "dừng, không thực hiện".
        long cuCai = projects.create(office, proposal("Ứng dụng tiến bộ kỹ thuật xây dựng mô hình thử nghiệm giống củ "
                + "cải đỏ Đà Lạt tại Công ty CP Giống cây trồng Bắc Giang", "Củ cải đỏ Đà Lạt", ProjectLevel.CO_SO,
                ScienceField.AGRICULTURAL, year, today.minusMonths(10)));
        identification(office, cuCai, today.minusMonths(9));
        projects.transition(office, cuCai, null, new TransitionCommand(LifecycleEvent.APPROVE_LIST,
                today.minusMonths(8), new DocumentDraft(DocumentKind.QD_PHE_DUYET_DANH_MUC, "35/QĐ-KHCN",
                        today.minusMonths(8), null, null, null), null, null, null, ProjectChanges.NONE));
        projects.transition(office, cuCai, null, new TransitionCommand(LifecycleEvent.WITHDRAW, today.minusMonths(6),
                new DocumentDraft(DocumentKind.TB_DUNG, "18/TB-KHCN", today.minusMonths(6), null, null, null),
                "Tổ chức chủ trì đề nghị không thực hiện", null, null, ProjectChanges.NONE));

        // Next year's list on its way: proposals, one in selection, one in appraisal, one awaiting its contract.
        String[][] next = {
                {"Nghiên cứu chọn tạo giống lúa thuần chất lượng cao phù hợp điều kiện sinh thái tỉnh Bắc Giang",
                        "Lúa thuần chất lượng cao", "AGRICULTURAL"},
                {"Ứng dụng công nghệ truy xuất nguồn gốc cho sản phẩm vải thiều Lục Ngạn", "Truy xuất vải thiều",
                        "ENGINEERING"},
                {"Nghiên cứu thực trạng và giải pháp phát triển du lịch cộng đồng vùng An toàn khu ATK II",
                        "Du lịch cộng đồng ATK II", "SOCIAL"},
                {"Đánh giá hiệu quả điều trị tăng huyết áp tại trạm y tế xã trên địa bàn tỉnh", "Tăng huyết áp tuyến xã",
                        "MEDICAL"}};
        long[] ids = new long[next.length];
        for (int i = 0; i < next.length; i++) {
            ids[i] = projects.create(office, proposal(next[i][0], next[i][1], ProjectLevel.TINH,
                    ScienceField.valueOf(next[i][2]), year + 1, today.minusMonths(5).plusDays(i)));
        }
        for (int i = 1; i < next.length; i++) {
            identification(office, ids[i], today.minusMonths(4));
            projects.transition(office, ids[i], null, new TransitionCommand(LifecycleEvent.APPROVE_LIST,
                    today.minusMonths(3), new DocumentDraft(DocumentKind.QD_PHE_DUYET_DANH_MUC, "2105/QĐ-UBND",
                            today.minusMonths(3), null, null, null), null, null, null, ProjectChanges.NONE));
        }
        for (int i = 2; i < next.length; i++) {
            projects.transition(office, ids[i], null, new TransitionCommand(LifecycleEvent.APPROVE_SELECTION,
                    today.minusMonths(2), new DocumentDraft(DocumentKind.QD_PHE_DUYET_CHU_TRI, "2340/QĐ-UBND",
                            today.minusMonths(2), null, null, null), null, null, null,
                    new ProjectChanges(null, i == 2 ? "Trường Đại học Nông Lâm Bắc Giang" : "Sở Y tế Bắc Giang",
                            new Investigator(i == 2 ? "Nguyễn Thị Thu" : "Bùi Đức Long", "TS.", null), null, null,
                            null, null, null, null)));
        }
        projects.transition(office, ids[3], null, new TransitionCommand(LifecycleEvent.APPROVE_PROJECT,
                today.minusDays(20), new DocumentDraft(DocumentKind.QD_PHE_DUYET_NHIEM_VU, "2602/QĐ-UBND",
                        today.minusDays(20), null, null, null), null, null, null,
                new ProjectChanges(null, null, null, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 2, 6, 30), 18,
                        new Budget(850_000_000L, 850_000_000L, 0L, 400_000_000L),
                        Map.of(year + 1, 500_000_000L, year + 2, 350_000_000L), LumpSumMethod.KHOAN_TUNG_PHAN)));
    }

    private static ProjectDraft draft(String title, String shortName, ProjectLevel level, String programme,
            DepartmentRole role, ProjectType type, ScienceField field, String host, Investigator investigator,
            int startYear, LocalDate startOn, LocalDate endOn, Integer months, Budget budget, ProjectState state,
            LocalDate since, DocumentDraft document) {
        return new ProjectDraft(null, title, shortName, level, programme,
                "NTMN".equals(programme) ? NtmnManagement.DIA_PHUONG : null, role, type, ProjectOrigin.DAT_HANG,
                false, null, AssignmentMethod.TUYEN_CHON, LumpSumMethod.KHOAN_TUNG_PHAN, field, null,
                "UBND tỉnh Bắc Giang", "UBND tỉnh Bắc Giang", null, host, null, investigator, null, null, null, null,
                null, null, startYear, months, startOn, endOn, budget, null, null, null, "QLKH", null, false, 2013,
                state, since, document);
    }

    private static ProjectDraft proposal(String title, String shortName, ProjectLevel level, ScienceField field,
            int startYear, LocalDate on) {
        return new ProjectDraft(null, title, shortName, level, null, null, DepartmentRole.QUAN_LY, ProjectType.DE_TAI,
                ProjectOrigin.DE_XUAT, false, null, null, null, field, null, "UBND huyện Lục Ngạn", null, null, null,
                null, null, null, null, null, null, null, null, startYear, null, null, null, null, null, null, null,
                level == ProjectLevel.CO_SO ? "CSSHTT" : "QLKH", null, false, 2013, ProjectState.DE_XUAT, on,
                new DocumentDraft(DocumentKind.PHIEU_DE_XUAT, null, on, null, null, null));
    }

    private void identification(SignedInUser office, long projectId, LocalDate on) {
        long council = councils.setUp(office, projectId, new CouncilDraft(CouncilKind.IDENTIFICATION, on, null,
                List.of(new CouncilDraft.MemberDraft("Nguyễn Văn Hưng", null, "Sở KH&CN Bắc Giang", CouncilRole.CHAIR))));
        councils.conclude(office, projectId, council, null,
                new CouncilConclusion("Đề nghị đưa vào danh mục", null, on, null, null, List.of()));
    }

    private void activity(SignedInUser office, long projectId, ActivityKind kind, LocalDate on, DocumentKind document,
            String number, Long amount, LocalDate newDate, String note) {
        projects.recordActivity(office, projectId, null, new ActivityCommand(kind, on,
                document == null ? null : new DocumentDraft(document, number, on, null, null, null), amount, newDate,
                null, note, null, null, null, null, null, null));
    }
}
