package vn.nhiemvu.task;

import java.time.LocalDate;

/** A completion a unit reported, waiting for the office to confirm or send it back (domain spec §2.5.7). */
public record AwaitingConfirmation(long id, String content, String leadUnitName, LocalDate dueDate,
        LocalDate reportedOn, String reportedBy, String reportedResult) {
}
