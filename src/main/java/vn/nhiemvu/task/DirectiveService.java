package vn.nhiemvu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.shared.Refused;

/** Directives (văn bản chỉ đạo) and the issuers that sign them. */
@Service
@Transactional(readOnly = true)
public class DirectiveService {

    /** Who assigns tasks to a Department (domain spec §2.1.3); an administrator edits the list. */
    static final List<String> DEFAULT_ISSUERS = List.of("UBND tỉnh", "Chủ tịch UBND tỉnh", "Tỉnh ủy", "HĐND tỉnh",
            "Bộ KH&CN", "Giám đốc Sở");

    private final DirectiveRepository directives;
    private final AttachmentStore attachments;
    private final TaskAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DirectiveService(DirectiveRepository directives, AttachmentStore attachments, TaskAccess access, AuditTrail audit,
            Clock clock) {
        this.directives = directives;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Directive directive(SignedInUser user, long id) {
        return directives.find(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("task.directive.notFound", id));
    }

    /** The directive with this number and symbol in that year, when it was registered. */
    public java.util.Optional<Directive> findByReference(SignedInUser user, String reference, int year) {
        return directives.findByReference(user.agencyId(), reference, year);
    }

    public Page<Directive> directives(SignedInUser user, String text, int page, int size) {
        String clean = text == null || text.isBlank() ? null : text.strip();
        int pageSize = size <= 0 ? 50 : Math.min(size, 200);
        int pageNo = Math.max(page, 0);
        return new Page<>(directives.page(user.agencyId(), clean, pageSize, pageNo * pageSize),
                directives.count(user.agencyId(), clean), pageNo, pageSize);
    }

    @Transactional
    public Directive register(SignedInUser user, DirectiveDraft draft, UploadedFile file) {
        access.requireManager(user);
        DirectiveDraft clean = check(user, draft, null);
        long issuerId = issuerOf(user, clean).id();
        long id;
        try {
            id = directives.insert(user.agencyId(), clean, issuerId, user.getUsername());
        } catch (DuplicateKeyException raced) {
            throw duplicate(clean);
        }
        if (file != null && file.present()) {
            directives.attach(user.agencyId(), id,
                    attachments.store(user.agencyId(), user.getUsername(), file, AttachmentStore.DIRECTIVE_TYPES));
        }
        audit.record(user.agencyId(), user.getUsername(), "directive", id, "CREATE", Change.diff()
                .field("reference", null, clean.reference())
                .field("issuedOn", null, clean.issuedOn())
                .field("issuer", null, issuerOf(user, clean).name())
                .field("kind", null, clean.kind())
                .field("summary", null, clean.summary())
                .field("issuedByAgency", null, clean.issuedByAgency())
                .build());
        return directive(user, id);
    }

    @Transactional
    public Directive update(SignedInUser user, long id, int version, DirectiveDraft draft, UploadedFile file) {
        access.requireManager(user);
        Directive before = directive(user, id);
        DirectiveDraft clean = check(user, draft, id);
        Issuer issuer = issuerOf(user, clean);
        try {
            if (!directives.update(user.agencyId(), id, version, clean, issuer.id())) {
                throw Refused.stale();
            }
        } catch (DuplicateKeyException raced) {
            throw duplicate(clean);
        }
        if (file != null && file.present()) {
            directives.attach(user.agencyId(), id,
                    attachments.store(user.agencyId(), user.getUsername(), file, AttachmentStore.DIRECTIVE_TYPES));
        }
        audit.record(user.agencyId(), user.getUsername(), "directive", id, "UPDATE", Change.diff()
                .field("reference", before.reference(), clean.reference())
                .field("issuedOn", before.issuedOn(), clean.issuedOn())
                .field("issuer", before.issuerName(), issuer.name())
                .field("kind", before.kind(), clean.kind())
                .field("summary", before.summary(), clean.summary())
                .field("issuedByAgency", before.issuedByAgency(), clean.issuedByAgency())
                .field("receivedOn", before.receivedOn(), clean.receivedOn())
                .field("file", null, file != null && file.present() ? file.fileName() : null)
                .build());
        return directive(user, id);
    }

    public Attachment attachment(SignedInUser user, long directiveId) {
        Directive directive = directive(user, directiveId);
        if (directive.attachmentId() == null) {
            throw Refused.notFound("task.file.notFound");
        }
        return attachments.find(user.agencyId(), directive.attachmentId())
                .orElseThrow(() -> Refused.notFound("task.file.notFound"));
    }

    private DirectiveDraft check(SignedInUser user, DirectiveDraft draft, Long exceptId) {
        if (draft.reference() == null || draft.reference().isBlank()) {
            throw Refused.invalid("task.directive.reference.required");
        }
        if (draft.issuedOn() == null) {
            throw Refused.invalid("task.directive.issuedOn.required");
        }
        if (draft.issuedOn().isAfter(LocalDate.now(clock))) {
            throw Refused.invalid("task.directive.issuedOn.future");
        }
        if (draft.receivedOn() != null && draft.receivedOn().isBefore(draft.issuedOn())) {
            throw Refused.invalid("task.directive.receivedOn.beforeIssued");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            throw Refused.invalid("task.directive.summary.required");
        }
        String kind = DirectiveKinds.normalise(draft.kind())
                .orElseThrow(() -> Refused.invalid("task.directive.kind.unknown", draft.kind()));
        String reference = draft.reference().strip();
        if (directives.referenceTaken(user.agencyId(), reference, draft.issuedOn(), exceptId)) {
            throw duplicate(draft);
        }
        return new DirectiveDraft(reference, draft.issuedOn(), draft.issuerId(), draft.issuerName(), kind,
                draft.summary().strip(), draft.issuedByAgency(), draft.receivedOn());
    }

    private static Refused duplicate(DirectiveDraft draft) {
        return Refused.conflict("task.directive.reference.duplicate", draft.reference().strip(),
                draft.issuedOn().getYear());
    }

    Issuer issuerOf(SignedInUser user, DirectiveDraft draft) {
        return resolveIssuer(user, draft.issuerId(), draft.issuerName());
    }

    public Issuer resolveIssuer(SignedInUser user, Long issuerId, String issuerName) {
        if (issuerId != null) {
            return directives.issuer(user.agencyId(), issuerId)
                    .orElseThrow(() -> Refused.invalid("task.issuer.unknown", issuerId));
        }
        if (issuerName != null && !issuerName.isBlank()) {
            return directives.issuerByName(user.agencyId(), issuerName)
                    .orElseThrow(() -> Refused.invalid("task.issuer.unknown", issuerName.strip()));
        }
        throw Refused.invalid("task.issuer.required");
    }

    public List<Issuer> issuers(SignedInUser user) {
        return directives.issuers(user.agencyId());
    }

    public List<Issuer> activeIssuers(SignedInUser user) {
        return issuers(user).stream().filter(Issuer::active).toList();
    }

    @Transactional
    public Issuer addIssuer(SignedInUser admin, String name, int sortOrder) {
        requireAdmin(admin);
        String clean = requireName(name);
        if (directives.issuerByName(admin.agencyId(), clean).isPresent()) {
            throw Refused.conflict("task.issuer.duplicate", clean);
        }
        long id = directives.insertIssuer(admin.agencyId(), clean, sortOrder);
        audit.record(admin.agencyId(), admin.getUsername(), "issuer", id, "CREATE",
                Change.diff().field("name", null, clean).build());
        return directives.issuer(admin.agencyId(), id).orElseThrow();
    }

    @Transactional
    public void updateIssuer(SignedInUser admin, long id, int version, String name, int sortOrder, boolean active) {
        requireAdmin(admin);
        Issuer before = directives.issuer(admin.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("task.issuer.unknown", id));
        String clean = requireName(name);
        directives.issuerByName(admin.agencyId(), clean).filter(other -> other.id() != id).ifPresent(other -> {
            throw Refused.conflict("task.issuer.duplicate", clean);
        });
        if (!directives.updateIssuer(admin.agencyId(), id, version, clean, sortOrder, active)) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "issuer", id, "UPDATE", Change.diff()
                .field("name", before.name(), clean)
                .field("sortOrder", before.sortOrder(), sortOrder)
                .field("active", before.active(), active)
                .build());
    }

    /** Gives an agency the usual issuers the first time it is seen. */
    @Transactional
    public void ensureDefaultIssuers(long agencyId) {
        if (!directives.anyIssuer(agencyId)) {
            for (int i = 0; i < DEFAULT_ISSUERS.size(); i++) {
                directives.insertIssuer(agencyId, DEFAULT_ISSUERS.get(i), (i + 1) * 10);
            }
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw Refused.invalid("task.issuer.name.required");
        }
        return name.strip();
    }

    private static void requireAdmin(SignedInUser user) {
        if (!user.is(Role.ADMIN)) {
            throw Refused.forbidden();
        }
    }
}
