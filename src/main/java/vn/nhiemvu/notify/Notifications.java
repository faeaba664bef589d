package vn.nhiemvu.notify;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.org.SignedInUser;

/**
 * Notices to people: one row per recipient in the bell, and an e-mail in the outbox for each recipient
 * with an address. Written in the caller's transaction, so a notice exists exactly when its cause does.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final EmailOutbox outbox;
    private final NotifyProperties properties;

    Notifications(JdbcClient jdbc, EmailOutbox outbox, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
    }

    /**
     * @param path where the notice leads inside the application ("/tasks/12"); the e-mail copy carries it as a
     *             full address
     */
    @Transactional
    void send(Collection<Recipient> recipients, Long taskId, String kind, String title, String body, String path) {
        Map<Long, Recipient> distinct = new LinkedHashMap<>();
        recipients.forEach(recipient -> distinct.putIfAbsent(recipient.accountId(), recipient));
        for (Recipient recipient : distinct.values()) {
            jdbc.sql("""
                    insert into notification (agency_id, account_id, task_id, kind, title, body, link)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(recipient.agencyId(), recipient.accountId(), taskId, kind, title, body, path).update();
            if (recipient.email() != null && !recipient.email().isBlank()) {
                outbox.queue(recipient.agencyId(), recipient.email(), title,
                        body + (path == null ? "" : "\n\n" + properties.baseUrl() + path));
            }
        }
    }

    @Transactional(readOnly = true)
    public int unreadCount(SignedInUser user) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(user.accountId()).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public List<Notice> latest(SignedInUser user, int limit) {
        return jdbc.sql("""
                select id, task_id, kind, title, body, link, created_at, read_at from notification
                where account_id = ? order by created_at desc, id desc limit ?""")
                .params(user.accountId(), limit).query(Notice.class).list();
    }

    /** Marks the user's notice read and answers where it leads, if anywhere. */
    @Transactional
    public java.util.Optional<String> markRead(SignedInUser user, long id) {
        jdbc.sql("update notification set read_at = now() where id = ? and account_id = ? and read_at is null")
                .params(id, user.accountId()).update();
        return jdbc.sql("select link from notification where id = ? and account_id = ?").params(id, user.accountId())
                .query(String.class).optional();
    }

    @Transactional
    public void markAllRead(SignedInUser user) {
        jdbc.sql("update notification set read_at = now() where account_id = ? and read_at is null")
                .param(user.accountId()).update();
    }
}
