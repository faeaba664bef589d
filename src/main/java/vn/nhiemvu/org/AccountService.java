package vn.nhiemvu.org;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.shared.Refused;

/** Accounts: who may log in, with which role, and the lockout after repeated failed logins. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    /** Failed logins in a row before the account is locked. */
    static final int FAILED_LOGIN_LIMIT = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    private final AccountRepository accounts;
    private final OrgService org;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, OrgService org, PasswordEncoder passwordEncoder, AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.org = org;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active accounts of these people, for notices about their tasks. */
    public List<Recipient> recipientsOfPeople(long agencyId, List<Long> personIds) {
        return accounts.recipientsOfPeople(agencyId, personIds);
    }

    /** The heads of a unit: the accounts with role UNIT_HEAD whose person belongs to it. */
    public List<Recipient> unitHeads(long agencyId, long unitId) {
        return accounts.recipientsWithRole(agencyId, Role.UNIT_HEAD, unitId);
    }

    /** Every head of a unit of the agency, for the weekly digest. */
    public List<Recipient> allUnitHeads(long agencyId) {
        return accounts.recipientsWithRole(agencyId, Role.UNIT_HEAD, null);
    }

    /** The office (Văn phòng) accounts, told when a task is overdue. */
    public List<Recipient> office(long agencyId) {
        return accounts.recipientsWithRole(agencyId, Role.OFFICE, null);
    }

    /** The unit of an account's person, when it has one. */
    public java.util.Optional<Long> unitOf(long accountId) {
        return accounts.unitOf(accountId);
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return accounts.findForLogin(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public void recordFailedLogin(String username) {
        accounts.recordFailure(username, FAILED_LOGIN_LIMIT,
                AccountRepository.utc(clock.instant().plus(LOCK_DURATION)));
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        accounts.recordSuccess(username);
    }

    public List<Account> accounts(SignedInUser admin) {
        OrgService.requireAdmin(admin);
        return accounts.accounts(admin.agencyId());
    }

    public Account account(SignedInUser admin, long id) {
        OrgService.requireAdmin(admin);
        return accounts.findAccount(admin.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("org.account.notFound", id));
    }

    @Transactional
    public Account createAccount(SignedInUser admin, AccountDraft draft) {
        OrgService.requireAdmin(admin);
        String username = checkUsername(draft.username(), null);
        checkPassword(draft.password());
        checkPerson(admin, draft.personId());
        Role role = draft.role() == null ? Role.STAFF : draft.role();
        long id = accounts.insertAccount(admin.agencyId(), username, passwordEncoder.encode(draft.password()), role,
                draft.personId());
        audit.record(admin.agencyId(), admin.getUsername(), "account", id, "CREATE", Change.diff()
                .field("username", null, username)
                .field("role", null, role)
                .field("personId", null, draft.personId())
                .build());
        return account(admin, id);
    }

    @Transactional
    public Account updateAccount(SignedInUser admin, long id, int version, AccountDraft draft) {
        Account before = account(admin, id);
        String username = checkUsername(draft.username(), id);
        checkPerson(admin, draft.personId());
        Role role = draft.role() == null ? before.role() : draft.role();
        if (before.id() == admin.accountId() && role != Role.ADMIN) {
            throw Refused.invalid("org.account.selfDemote");
        }
        boolean passwordChanged = draft.password() != null && !draft.password().isEmpty();
        if (passwordChanged) {
            checkPassword(draft.password());
        }
        if (!accounts.updateAccount(admin.agencyId(), id, version, username, role, draft.personId(), before.active())) {
            throw Refused.stale();
        }
        if (passwordChanged) {
            accounts.updatePassword(admin.agencyId(), id, passwordEncoder.encode(draft.password()));
        }
        audit.record(admin.agencyId(), admin.getUsername(), "account", id, "UPDATE", Change.diff()
                .field("username", before.username(), username)
                .field("role", before.role(), role)
                .field("personId", before.personId(), draft.personId())
                .field("password", null, passwordChanged ? "(đã đổi)" : null)
                .build());
        return account(admin, id);
    }

    @Transactional
    public Account setAccountActive(SignedInUser admin, long id, int version, boolean active) {
        Account before = account(admin, id);
        if (before.id() == admin.accountId() && !active) {
            throw Refused.invalid("org.account.selfDeactivate");
        }
        if (!accounts.updateAccount(admin.agencyId(), id, version, before.username(), before.role(),
                before.personId(), active)) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "account", id, "UPDATE",
                Change.diff().field("active", before.active(), active).build());
        return account(admin, id);
    }

    private String checkUsername(String username, Long exceptId) {
        String clean = username == null ? "" : username.strip();
        if (!USERNAME.matcher(clean).matches()) {
            throw Refused.invalid("org.account.username.invalid");
        }
        if (accounts.usernameTaken(clean, exceptId)) {
            throw Refused.conflict("org.account.username.duplicate", clean);
        }
        return clean;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Refused.invalid("org.account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private void checkPerson(SignedInUser admin, Long personId) {
        if (personId != null) {
            org.person(admin, personId);
        }
    }
}
