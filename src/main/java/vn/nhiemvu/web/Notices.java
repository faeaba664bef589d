package vn.nhiemvu.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.shared.Refused;

/** What an action did, shown once on the page a redirect leads to. */
@Component
public class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    public void done(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    /** Runs a page's action: the notice {@code doneKey} when it succeeds, its refusal when a rule refuses it. */
    public void act(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            done(redirect, doneKey);
        } catch (Refused refused) {
            refused(redirect, refused);
        }
    }

    public void refused(RedirectAttributes redirect, Refused refused) {
        if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
            throw refused;
        }
        redirect.addFlashAttribute("problem",
                messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale()));
    }
}
