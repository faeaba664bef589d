package vn.nhiemvu.task;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.org.OrgService;

/**
 * Keeps the task data complete as time passes: every agency has its issuers, and every recurring task has
 * its occurrence for the current period. Safe with several instances: occurrences are unique per period.
 */
@Component
@Order(10)
class TaskBootstrap implements ApplicationRunner {

    private final OrgService org;
    private final DirectiveService directives;
    private final TaskRepository tasks;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TaskBootstrap(OrgService org, DirectiveService directives, TaskRepository tasks, TaskService taskService,
            TransactionTemplate transaction, Clock clock) {
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.taskService = taskService;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        org.agencyIds().forEach(directives::ensureDefaultIssuers);
        createDueOccurrences();
    }

    /** Just after midnight in Viet Nam, when a new week, month, quarter or year may have begun. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void createDueOccurrences() {
        LocalDate today = LocalDate.now(clock);
        for (Long seriesId : tasks.seriesIds()) {
            transaction.executeWithoutResult(status -> tasks.agencyOf(seriesId)
                    .flatMap(agencyId -> tasks.find(agencyId, seriesId))
                    .ifPresent(series -> taskService.createOccurrences(series, "system", today)));
        }
    }
}
