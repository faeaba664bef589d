package vn.nhiemvu.project;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves projects whose execution time has ended to "chờ nghiệm thu" on the day after their (extended) end date
 * (§4.2, "hết thời gian thực hiện"). Safe with several instances: each project row is locked and checked again.
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
}
