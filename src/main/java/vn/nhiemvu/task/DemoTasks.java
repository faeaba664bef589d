package vn.nhiemvu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
 * With {@code --demo}: the nine tasks of sample 000's appendix (quý I/2023) as the office recorded them, and
 * a few current tasks around today (overdue, due soon, recurring, awaiting an extension decision), so that
 * every list and figure has something to show. Only into an agency without directives.
 */
@Component
@Order(20)
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    private final boolean demo;
    private final AccountService accounts;
    private final DirectiveService directives;
    private final DirectiveRepository directiveRepository;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTasks(@Value("${nhiemvu.bootstrap.demo:false}") boolean demo, AccountService accounts,
            DirectiveService directives, DirectiveRepository directiveRepository, TaskService tasks,
            TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.accounts = accounts;
        this.directives = directives;
        this.directiveRepository = directiveRepository;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(demo || args.containsOption("demo"))) {
            return;
        }
        SignedInUser office = accounts.loadUserByUsername("vanphong");
        if (directiveRepository.count(office.agencyId(), null) > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            recordSample000(office);
            recordCurrentWork(office);
        });
        log.info("Dữ liệu mẫu nhiệm vụ (phụ lục báo cáo quý I/2023 và các nhiệm vụ hiện tại) đã được tạo");
    }

    private void recordSample000(SignedInUser office) {
        row(office, "6447/UBND-NC", "2022-12-24", "Rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước",
                "VP", "2023-01-15", "2023-01-14", "Báo cáo số 06/BC-KHCN ngày 14/01/2023");
        row(office, "58/UBND-KSTT", "2023-01-06", "Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2023",
                "VP", "2023-01-15", "2023-01-11", "Kế hoạch số 04/KH-KHCN ngày 11/01/2023");
        row(office, "72/UBND-KGVX", "2023-01-05", "Báo cáo kết quả thực hiện Đề án 996",
                "QLKH", "2023-01-15", "2023-01-13", "Báo cáo số 328/BC-KHCN ngày 13/01/2023");
        row(office, "6625/UBND-KGVX", "2022-12-31", "Báo cáo tình hình thực hiện năm 2022 Chiến lược Sở hữu trí tuệ đến năm 2030",
                "CSSHTT", "2023-01-30", "2023-01-30", "Báo cáo số 15/BC-KHCN ngày 30/01/2023");
        row(office, "14/UBND-KGVX", "2023-01-04", "Giao góp ý dự thảo Thông tư sửa đổi Thông tư số 26/2019/TT-BKHCN",
                "TĐC", "2023-03-01", "2023-02-28", "Công văn số 252/KHCN-TĐC ngày 28/02/2023");
        row(office, "946/UBND-NC", "2023-03-07", "Cung cấp danh mục văn bản của các cơ quan, đơn vị",
                "VP", "2023-03-10", "2023-03-09", "Công văn số 292/KHCN-VP ngày 09/3/2023");
        row(office, "241/VP-HCTC", "2023-03-07", "Báo cáo kết quả thực hiện Kết luận số 01-KL/TW",
                "VP", "2023-03-16", null, null);
        row(office, "559/UBND-KGVX", "2023-02-15", "Tham mưu xây dựng dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy triển khai thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
                "QLKH", null, null, null);
        row(office, "421/UBND-KGVX", "2023-02-06", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia năm 2023",
                "TĐC", null, null, null);
    }

    private void row(SignedInUser office, String reference, String issuedOn, String content, String unit, String due,
            String completedOn, String result) {
        Directive directive = directives.register(office, new DirectiveDraft(reference, LocalDate.parse(issuedOn),
                null, "UBND tỉnh", "CV", content, false, null), null);
        long id = tasks.assign(office, draft(directive.id(), content, unit, List.of(), null,
                due == null ? Deadline.none() : Deadline.on(LocalDate.parse(due))));
        if (completedOn != null) {
            tasks.complete(office, id, null, LocalDate.parse(completedOn), result, null);
        }
    }

    private void recordCurrentWork(SignedInUser office) {
        LocalDate today = LocalDate.now(clock);
        Directive plan = directives.register(office, new DirectiveDraft("12/KH-KHCN", today.minusDays(40), null,
                "Giám đốc Sở", "KH", "Kế hoạch kiểm tra hoạt động khoa học và công nghệ năm " + today.getYear(), true,
                null), null);
        long overdue = tasks.assign(office, draft(plan.id(), "Kiểm tra việc thực hiện các nhiệm vụ khoa học và công nghệ cấp tỉnh chuyển tiếp",
                "QLKH", List.of("KHTC"), today.minusDays(40), Deadline.on(today.minusDays(5))));
        tasks.recordProgress(office, overdue, null, today.minusDays(12), "Đã kiểm tra 05/08 nhiệm vụ; đang tổng hợp kết quả.", 60, null);
        long dueSoon = tasks.assign(office, draft(plan.id(), "Báo cáo kết quả thẩm định giá trị công nghệ của dự án đầu tư",
                "QLCN", List.of(), today.minusDays(40), Deadline.on(today.plusDays(3))));
        tasks.recordProgress(office, dueSoon, null, today.minusDays(2), "Đã hoàn thành dự thảo báo cáo, đang lấy ý kiến phòng.", 80, null);
        tasks.assign(office, draft(plan.id(), "Tổ chức đánh giá, công nhận sáng kiến cấp tỉnh đợt 2",
                "CSSHTT", List.of("VP"), today.minusDays(40), Deadline.of(DeadlineKind.MONTH,
                        java.time.YearMonth.from(today.plusMonths(1)).toString(), "Trong tháng " + today.plusMonths(1).getMonthValue())));
        long monthly = tasks.assign(office, draft(plan.id(), "Báo cáo tình hình thực hiện nhiệm vụ khoa học và công nghệ hằng tháng",
                "QLKH", List.of(), today.minusMonths(3), Deadline.of(DeadlineKind.RECURRING, "monthly", "hằng tháng")));
        for (TaskRow period : tasks.task(office, monthly).subTasks()) {
            if (period.due() != null && period.due().isBefore(today.minusDays(25))) {
                tasks.complete(office, period.id(), null, period.due(), "Báo cáo tháng " + period.periodKey(), null);
            }
        }
        long late = tasks.assign(office, draft(plan.id(), "Kiểm định, hiệu chuẩn phương tiện đo nhóm 2 tại các cơ sở y tế",
                "TĐC", List.of(), today.minusDays(40), Deadline.on(today.minusDays(20))));
        tasks.complete(office, late, null, today.minusDays(15), "Báo cáo số 45/BC-TĐC", null);
        long extension = tasks.assign(office, draft(plan.id(), "Xây dựng dự thảo Quy định quản lý nhiệm vụ khoa học và công nghệ cấp cơ sở",
                "QLKH", List.of("VP", "KHTC"), today.minusDays(40), Deadline.on(today.plusDays(10))));
        tasks.requestExtension(accounts.loadUserByUsername("truongphong"), extension, today.plusDays(40),
                "Cần lấy ý kiến các sở, ngành và thẩm định của Sở Tư pháp.");
    }

    private static TaskDraft draft(long directiveId, String content, String unit, List<String> supportUnits,
            LocalDate assignedOn, Deadline deadline) {
        return new TaskDraft(directiveId, null, content, null, null, null, unit, List.of(), supportUnits, List.of(),
                assignedOn, deadline);
    }
}
