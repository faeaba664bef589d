package vn.nhiemvu.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.nhiemvu.org.Account;
import vn.nhiemvu.org.AccountDraft;
import vn.nhiemvu.org.Role;

record AccountForm(
        @NotBlank(message = "{org.account.username.required}") String username,
        String password,
        @NotNull(message = "{org.account.role.required}") Role role,
        Long personId,
        int version) {

    static AccountForm empty() {
        return new AccountForm("", "", Role.STAFF, null, 0);
    }

    static AccountForm of(Account account) {
        return new AccountForm(account.username(), "", account.role(), account.personId(), account.version());
    }

    AccountDraft draft() {
        return new AccountDraft(username, password, role, personId);
    }
}
