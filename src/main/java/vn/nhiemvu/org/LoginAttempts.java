package vn.nhiemvu.org;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins so that guessing a password locks the account for a while. */
@Component
class LoginAttempts {

    private final AccountService accounts;

    LoginAttempts(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
