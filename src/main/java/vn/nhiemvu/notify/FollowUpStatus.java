package vn.nhiemvu.notify;

import org.springframework.stereotype.Service;

/** Whether e-mail is on, and how the outbox stands: what the admin page shows. */
@Service
public class FollowUpStatus {

    /** E-mail as the admin page shows it. */
    public record Email(boolean enabled, long pending, long failing, String lastError) {
    }

    private final EmailOutbox outbox;

    FollowUpStatus(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    public Email email() {
        EmailOutbox.Status status = outbox.status();
        return new Email(status.enabled(), status.pending(), status.failing(), status.lastError());
    }
}
