package vn.nhiemvu.importer.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;
import vn.nhiemvu.importer.ImportDraft;
import vn.nhiemvu.importer.ImportService;
import vn.nhiemvu.importer.ProposedTask;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.DeadlineKind;
import vn.nhiemvu.task.DirectiveKinds;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.web.Notices;

/**
 * Upload, review beside the highlighted text, confirm. Between the upload and the confirmation only the
 * document's text sits in the session; the database is written once, on confirmation.
 */
@Controller
class ImportPageController {

    static final String UPLOAD = "importUpload";

    /** The uploaded document's text, kept in the session for the review. */
    record Upload(String fileName, String text) implements Serializable {
    }

    /** A piece of the document's text, marked when it is the source of proposed task {@code task}. */
    record Piece(String text, Integer task) {
    }

    private final ImportService imports;
    private final OrgService org;
    private final DirectiveService directives;
    private final Notices notices;

    ImportPageController(ImportService imports, OrgService org, DirectiveService directives, Notices notices) {
        this.imports = imports;
        this.org = org;
        this.directives = directives;
        this.notices = notices;
    }

    @GetMapping("/imports")
    String upload() {
        return "importer/upload";
    }

    @PostMapping("/imports")
    String propose(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file,
            HttpSession session, Model model, RedirectAttributes redirect) throws IOException {
        ImportDraft draft;
        try {
            if (file == null || file.isEmpty()) {
                throw Refused.invalid("import.file.empty");
            }
            draft = imports.propose(user, file.getBytes(), file.getOriginalFilename());
        } catch (Refused refused) {
            notices.refused(redirect, refused);
            return "redirect:/imports";
        }
        session.setAttribute(UPLOAD, new Upload(draft.fileName(), draft.text()));
        model.addAttribute("form", ReviewForm.of(imports.defaults(user, draft)));
        return review(user, draft, model);
    }

    @PostMapping("/imports/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ReviewForm form,
            HttpSession session, Model model, RedirectAttributes redirect) {
        Upload upload = (Upload) session.getAttribute(UPLOAD);
        if (upload == null) {
            notices.done(redirect, "import.expired");
            return "redirect:/imports";
        }
        ImportDraft draft = imports.proposeText(user, upload.text(), upload.fileName());
        long directiveId;
        try {
            directiveId = imports.confirm(user, form.confirmation(draft.proposal().contentHash(), upload.fileName()));
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            model.addAttribute("refused", refused);
            return review(user, draft, model);
        }
        session.removeAttribute(UPLOAD);
        notices.done(redirect, "import.confirmed", form.tasks() == null ? 0
                : form.tasks().stream().filter(t -> Boolean.TRUE.equals(t.keep())).count());
        return "redirect:/directives/" + directiveId;
    }

    private String review(SignedInUser user, ImportDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("pieces", pieces(draft));
        model.addAttribute("units", org.activeUnits(user));
        model.addAttribute("issuers", directives.activeIssuers(user));
        model.addAttribute("kinds", DirectiveKinds.ALL);
        model.addAttribute("deadlineKinds", DeadlineKind.values());
        return "importer/review";
    }

    /** The text cut at the proposed tasks' spans, so that the page can mark where each task came from. */
    static List<Piece> pieces(ImportDraft draft) {
        String text = draft.text();
        List<ProposedTask> tasks = new ArrayList<>(draft.proposal().tasks());
        tasks.removeIf(task -> task.span() == null);
        tasks.sort(Comparator.comparingInt(task -> task.span().start()));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (ProposedTask task : tasks) {
            int start = Math.max(at, Math.min(task.span().start(), text.length()));
            int end = Math.max(start, Math.min(task.span().end(), text.length()));
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), null));
            }
            if (end > start) {
                pieces.add(new Piece(text.substring(start, end), task.n()));
            }
            at = end;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }
}
