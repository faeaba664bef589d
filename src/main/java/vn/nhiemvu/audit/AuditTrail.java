package vn.nhiemvu.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the caller's transaction, so that a change and its trail commit or roll back
 * together: nothing is changed without being audited.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long agencyId, String actor, String entityType, long entityId, String action,
            List<Change> changes) {
        if (changes.isEmpty()) {
            insert(agencyId, actor, entityType, entityId, action, null, null, null);
            return;
        }
        for (Change change : changes) {
            insert(agencyId, actor, entityType, entityId, action, change.field(), change.before(), change.after());
        }
    }

    private void insert(long agencyId, String actor, String entityType, long entityId, String action,
            String field, String before, String after) {
        jdbc.sql("""
                insert into audit_entry (agency_id, actor, entity_type, entity_id, action, field, old_value, new_value)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agencyId, actor, entityType, entityId, action, field, before, after)
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(long agencyId, String entityType, long entityId) {
        return jdbc.sql("""
                select at, actor, action, field, old_value as "before", new_value as "after" from audit_entry
                where agency_id = ? and entity_type = ? and entity_id = ?
                order by at desc, id desc""")
                .params(agencyId, entityType, entityId)
                .query(AuditEntry.class)
                .list();
    }
}
