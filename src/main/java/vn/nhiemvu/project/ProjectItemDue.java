package vn.nhiemvu.project;

import java.time.LocalDate;

/**
 * Something due on a project (a periodic report, the end of the execution time, the acceptance dossier, the
 * registration of results…) comes close or has passed: published once for each step, for whoever tells people.
 *
 * @param unitId the managing unit (phòng phụ trách), if any
 * @param officerId the person following the project (cán bộ theo dõi), if any
 * @param item what is due, in Vietnamese as the project page says it
 * @param overdue whether the day has passed; otherwise it is a few days ahead
 */
public record ProjectItemDue(long projectId, long agencyId, Long unitId, Long officerId, String code, String name,
        String item, LocalDate dueOn, boolean overdue) {
}
