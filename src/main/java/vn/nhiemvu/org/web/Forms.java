package vn.nhiemvu.org.web;

import org.springframework.validation.BindingResult;

import vn.nhiemvu.shared.Refused;

/** A refused rule becomes an error on the same form, shown above its fields. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult binding, Refused refused) {
        if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
            throw refused;
        }
        binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
    }
}
