package vn.nhiemvu.org;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String ACCOUNT_SELECT = """
            select a.id, a.agency_id, a.username, a.role, a.person_id, p.full_name as person_name, a.active,
                   a.locked_until, a.version
            from account a left join person p on p.id = a.person_id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String RECIPIENT_SELECT = """
            select a.id as account_id, a.agency_id, coalesce(p.full_name, a.username) as display_name, p.email
            from account a left join person p on p.id = a.person_id
            where a.active and a.agency_id = ?
            """;

    List<Recipient> recipientsOfPeople(long agencyId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECIPIENT_SELECT + " and a.person_id = any(?)")
                .params(agencyId, personIds.toArray(Long[]::new)).query(Recipient.class).list();
    }

    List<Recipient> recipientsWithRole(long agencyId, Role role, Long unitId) {
        return jdbc.sql(RECIPIENT_SELECT + " and a.role = ? and (cast(? as bigint) is null or p.unit_id = ?)")
                .params(agencyId, role.name(), unitId, unitId).query(Recipient.class).list();
    }

    java.util.Optional<Long> unitOf(long accountId) {
        return jdbc.sql("select p.unit_id from account a join person p on p.id = a.person_id where a.id = ?")
                .param(accountId).query((rs, row) -> (Long) rs.getObject(1)).optional()
                .flatMap(java.util.Optional::ofNullable);
    }

    boolean anyAccount() {
        return jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
    }

    Optional<SignedInUser> findForLogin(String username) {
        return jdbc.sql("""
                select a.id, a.agency_id, a.username, a.password_hash, a.role, a.person_id, p.unit_id,
                       coalesce(p.full_name, a.username) as display_name, a.active, a.locked_until
                from account a left join person p on p.id = a.person_id
                where lower(a.username) = lower(?)""")
                .param(username)
                .query((rs, row) -> new SignedInUser(rs.getLong("id"), rs.getLong("agency_id"),
                        rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("person_id"), (Long) rs.getObject("unit_id"),
                        rs.getString("display_name"), rs.getBoolean("active"),
                        toInstant(rs.getObject("locked_until", OffsetDateTime.class))))
                .optional();
    }

    private static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    List<Account> accounts(long agencyId) {
        return jdbc.sql(ACCOUNT_SELECT + " where a.agency_id = ? order by a.active desc, a.username")
                .param(agencyId).query(Account.class).list();
    }

    Optional<Account> findAccount(long agencyId, long id) {
        return jdbc.sql(ACCOUNT_SELECT + " where a.agency_id = ? and a.id = ?")
                .params(agencyId, id).query(Account.class).optional();
    }

    boolean usernameTaken(String username, Long exceptId) {
        return jdbc.sql("select exists (select 1 from account where lower(username) = lower(?) and id <> ?)")
                .params(username, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    long insertAccount(long agencyId, String username, String passwordHash, Role role, Long personId) {
        return jdbc.sql("""
                insert into account (agency_id, username, password_hash, role, person_id)
                values (?, ?, ?, ?, ?) returning id""")
                .params(agencyId, username, passwordHash, role.name(), personId).query(Long.class).single();
    }

    boolean updateAccount(long agencyId, long id, int version, String username, Role role, Long personId,
            boolean active) {
        return jdbc.sql("""
                update account set username = ?, role = ?, person_id = ?, active = ?, version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(username, role.name(), personId, active, agencyId, id, version).update() == 1;
    }

    void updatePassword(long agencyId, long id, String passwordHash) {
        jdbc.sql("""
                update account set password_hash = ?, failed_attempts = 0, locked_until = null, version = version + 1
                where agency_id = ? and id = ?""")
                .params(passwordHash, agencyId, id).update();
    }

    /** Counts a failed login and locks the account once the limit is reached; one statement, so races add up. */
    void recordFailure(String username, int limit, OffsetDateTime lockUntil) {
        jdbc.sql("""
                update account set failed_attempts = failed_attempts + 1,
                       locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where lower(username) = lower(?)""")
                .params(limit, lockUntil, username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                update account set failed_attempts = 0, locked_until = null
                where lower(username) = lower(?) and (failed_attempts <> 0 or locked_until is not null)""")
                .param(username).update();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
