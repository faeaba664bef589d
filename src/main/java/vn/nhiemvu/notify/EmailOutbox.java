package vn.nhiemvu.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mails wait in a table until the SMTP server takes them. A failure is logged and retried later, each
 * time twice as late (1 min, 2, 4… up to 1 h), so nothing is lost while the server is down; a row is
 * locked while it is sent, so two instances never send it twice. With no SMTP server configured
 * (spring.mail.host unset) e-mail is off: rows stay queued and the admin page says so.
 */
@Component
class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotifyProperties properties;
    private final TransactionTemplate transaction;

    EmailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, NotifyProperties properties,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transaction = transaction;
    }

    boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    void queue(long agencyId, String to, String subject, String body) {
        jdbc.sql("insert into email_outbox (agency_id, to_address, subject, body) values (?, ?, ?, ?)")
                .params(agencyId, to, subject, body).update();
    }

    /** Pending and failed e-mails, for the admin page. */
    record Status(boolean enabled, long pending, long failing, String lastError) {
    }

    Status status() {
        return jdbc.sql("""
                select count(*) filter (where sent_at is null) as pending,
                       count(*) filter (where sent_at is null and attempts > 0) as failing,
                       (select last_error from email_outbox where sent_at is null and last_error is not null
                        order by id desc limit 1) as last_error
                from email_outbox""")
                .query((rs, row) -> new Status(enabled(), rs.getLong("pending"), rs.getLong("failing"),
                        rs.getString("last_error")))
                .single();
    }

    @Scheduled(fixedDelayString = "${nhiemvu.notify.outbox-interval:PT30S}",
            initialDelayString = "${nhiemvu.notify.outbox-initial-delay:PT20S}")
    @SchedulerLock(name = "email-outbox", lockAtMostFor = "PT5M")
    public void sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transaction.execute(status -> sendOne(sender)));
        }
    }

    /** Sends the oldest due e-mail, if any; answers whether there was one. */
    private boolean sendOne(JavaMailSender sender) {
        List<Object[]> rows = jdbc.sql("""
                select id, to_address, subject, body, attempts from email_outbox
                where sent_at is null and next_attempt_at <= now()
                order by id limit 1 for update skip locked""")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)})
                .list();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        long id = (Long) row[0];
        int attempts = (Integer) row[4] + 1;
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo((String) row[1]);
            message.setSubject((String) row[2]);
            message.setText((String) row[3]);
            sender.send(message);
            jdbc.sql("update email_outbox set sent_at = now(), attempts = ?, last_error = null where id = ?")
                    .params(attempts, id).update();
        } catch (RuntimeException e) {
            Duration wait = backoff(attempts);
            log.warn("E-mail {} to {} failed (attempt {}), retry in {}: {}", id, row[1], attempts, wait, e.getMessage());
            jdbc.sql("update email_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(attempts, OffsetDateTime.ofInstant(Instant.now().plus(wait), ZoneOffset.UTC),
                            e.getMessage(), id)
                    .update();
        }
        return true;
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
