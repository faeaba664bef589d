package vn.nhiemvu.org;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: their account, agency, unit and role. Every query a module runs for a
 * user is scoped by {@link #agencyId()}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final long agencyId;
    private final String username;
    private String passwordHash;
    private final Role role;
    private final Long personId;
    private final Long unitId;
    private final String displayName;
    private final boolean active;
    private final Instant lockedUntil;

    SignedInUser(long accountId, long agencyId, String username, String passwordHash, Role role, Long personId,
            Long unitId, String displayName, boolean active, Instant lockedUntil) {
        this.accountId = accountId;
        this.agencyId = agencyId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.personId = personId;
        this.unitId = unitId;
        this.displayName = displayName;
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    public long accountId() {
        return accountId;
    }

    public long agencyId() {
        return agencyId;
    }

    public Role role() {
        return role;
    }

    public Long personId() {
        return personId;
    }

    public Long unitId() {
        return unitId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
