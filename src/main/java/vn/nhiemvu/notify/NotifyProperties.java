package vn.nhiemvu.notify;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of follow-up ({@code nhiemvu.notify.*}).
 *
 * @param mailFrom             the sender of e-mails ({@code NHIEMVU_MAIL_FROM})
 * @param baseUrl              the address users open, for links in e-mails ({@code NHIEMVU_BASE_URL})
 * @param daysBefore           default reminder days before a deadline (issue #7: 7 and 1)
 * @param overdueEveryWorkDays default interval of reminders while overdue, in working days (3)
 */
@ConfigurationProperties("nhiemvu.notify")
public record NotifyProperties(String mailFrom, String baseUrl, List<Integer> daysBefore, Integer overdueEveryWorkDays) {

    public NotifyProperties {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "nhiemvu@localhost" : mailFrom;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        daysBefore = daysBefore == null || daysBefore.isEmpty() ? List.of(7, 1) : List.copyOf(daysBefore);
        overdueEveryWorkDays = overdueEveryWorkDays == null ? 3 : overdueEveryWorkDays;
    }
}
