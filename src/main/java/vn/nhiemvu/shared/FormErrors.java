package vn.nhiemvu.shared;

import org.springframework.validation.BindingResult;

/** A refused rule shown on the form that asked for it: above its fields, in the user's language. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Not found and forbidden are not form errors: they go on to the error page of their status. */
    public static void reject(BindingResult binding, Refused refused) {
        if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
            throw refused;
        }
        binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
    }
}
