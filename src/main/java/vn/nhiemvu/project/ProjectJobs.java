package vn.nhiemvu.project;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves projects whose execution time has ended to "chờ nghiệm thu" on the day after their (extended) end date
 * (§4.2, "hết thời gian thực hiện"), and each morning tells people what is due on their projects. Safe with several
 * instances: each project row is locked and checked again, and each item due is announced once.
 */
@Component
class ProjectJobs {

    private static final Logger log = LoggerFactory.getLogger(ProjectJobs.class);

    private final ProjectService projects;
    private final Clock clock;

    ProjectJobs(ProjectService projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void closeEndedTerms() {
        int moved = projects.closeEndedTerms(LocalDate.now(clock));
        if (moved > 0) {
            log.info("{} nhiệm vụ KH&CN đã hết thời gian thực hiện, chuyển sang chờ nghiệm thu", moved);
        }
    }

    @Scheduled(cron = "0 40 7 * * *", zone = "Asia/Ho_Chi_Minh")
    void announceDue() {
        int announced = projects.announceDue(LocalDate.now(clock));
        if (announced > 0) {
            log.info("Đã báo {} việc đến hạn của nhiệm vụ KH&CN", announced);
        }
    }
}
