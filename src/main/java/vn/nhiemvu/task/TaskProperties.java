package vn.nhiemvu.task;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of task tracking ({@code nhiemvu.task.*}).
 *
 * @param maxAttachmentBytes the largest file accepted (default 20 MB)
 * @param moveDueDateToWorkingDay a due date on a rest day or holiday moves to the next working day (domain
 *                                spec §2.3.3, BLDS 2015 Art. 148(5)); default on
 * @param dueSoonDays how many days ahead "due soon" looks (default 7)
 */
@ConfigurationProperties("nhiemvu.task")
public record TaskProperties(Long maxAttachmentBytes, Boolean moveDueDateToWorkingDay, Integer dueSoonDays) {

    public TaskProperties {
        maxAttachmentBytes = maxAttachmentBytes == null ? 20L * 1024 * 1024 : maxAttachmentBytes;
        moveDueDateToWorkingDay = moveDueDateToWorkingDay == null || moveDueDateToWorkingDay;
        dueSoonDays = dueSoonDays == null ? 7 : dueSoonDays;
    }
}
