package vn.nhiemvu.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/** How an agency runs its task tracking where the domain spec leaves it a setting. */
@Service
public class TaskSettings {

    /** The settings of one agency, with the version an edit must name. */
    public record Settings(boolean confirmCompletion, int version) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TaskSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Settings of(SignedInUser user) {
        return of(user.agencyId());
    }

    Settings of(long agencyId) {
        return jdbc.sql("select confirm_completion, version from task_setting where agency_id = ?").param(agencyId)
                .query(Settings.class).optional()
                // Domain spec §2.5.7 (config): without a choice, a unit's completion is final at once.
                .orElse(new Settings(false, 0));
    }

    @Transactional
    public void update(SignedInUser admin, int expectedVersion, boolean confirmCompletion) {
        if (!admin.is(Role.ADMIN)) {
            throw Refused.forbidden();
        }
        Settings before = of(admin.agencyId());
        if (before.version() != expectedVersion) {
            throw Refused.stale();
        }
        int changed = jdbc.sql("""
                insert into task_setting (agency_id, confirm_completion, version, updated_by, updated_at)
                values (:agency, :confirm, 1, :by, now())
                on conflict (agency_id) do update
                   set confirm_completion = excluded.confirm_completion, version = task_setting.version + 1,
                       updated_by = excluded.updated_by, updated_at = now()
                 where task_setting.version = :version""")
                .param("agency", admin.agencyId()).param("confirm", confirmCompletion)
                .param("by", admin.getUsername()).param("version", expectedVersion)
                .update();
        if (changed != 1) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "task_setting", admin.agencyId(), "UPDATE",
                Change.diff().field("confirmCompletion", before.confirmCompletion(), confirmCompletion).build());
    }
}
