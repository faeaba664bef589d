package vn.nhiemvu.org;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.shared.Refused;

/** Use cases and queries on an agency, its units and its people, always within the user's agency. */
@Service
@Transactional(readOnly = true)
public class OrgService {

    private final OrgRepository repository;
    private final AuditTrail audit;

    OrgService(OrgRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Every agency of the deployment, for jobs that run for all of them. */
    public List<Long> agencyIds() {
        return repository.agencyIds();
    }

    public Agency agency(SignedInUser user) {
        return repository.findAgency(user.agencyId()).orElseThrow();
    }

    public Agency agency(long agencyId) {
        return repository.findAgency(agencyId).orElseThrow(() -> Refused.notFound("org.agency.notFound"));
    }

    @Transactional
    public void updateAgency(SignedInUser admin, int version, String name, String parentName, String shortCode,
            String place) {
        requireAdmin(admin);
        Agency before = agency(admin);
        if (!repository.updateAgency(admin.agencyId(), version, name.strip(), blankToNull(parentName),
                blankToNull(shortCode), blankToNull(place))) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "agency", admin.agencyId(), "UPDATE", Change.diff()
                .field("name", before.name(), name.strip())
                .field("parentName", before.parentName(), blankToNull(parentName))
                .field("shortCode", before.shortCode(), blankToNull(shortCode))
                .field("place", before.place(), blankToNull(place))
                .build());
    }

    public List<Unit> units(SignedInUser user) {
        return repository.units(user.agencyId());
    }

    public List<Unit> activeUnits(SignedInUser user) {
        return units(user).stream().filter(Unit::active).toList();
    }

    public Unit unit(SignedInUser user, long id) {
        return repository.findUnit(user.agencyId(), id).orElseThrow(() -> Refused.notFound("org.unit.notFound", id));
    }

    public Optional<Unit> findUnitByCode(long agencyId, String code) {
        return code == null ? Optional.empty() : repository.findUnitByCode(agencyId, code.strip());
    }

    @Transactional
    public Unit createUnit(SignedInUser admin, UnitDraft draft) {
        requireAdmin(admin);
        UnitDraft clean = clean(draft);
        if (repository.findUnitByCode(admin.agencyId(), clean.code()).isPresent()) {
            throw Refused.conflict("org.unit.code.duplicate", clean.code());
        }
        long id;
        try {
            id = repository.insertUnit(admin.agencyId(), clean);
        } catch (DuplicateKeyException raced) {
            throw Refused.conflict("org.unit.code.duplicate", clean.code());
        }
        audit.record(admin.agencyId(), admin.getUsername(), "unit", id, "CREATE", Change.diff()
                .field("code", null, clean.code())
                .field("name", null, clean.name())
                .field("kind", null, clean.kind())
                .build());
        return unit(admin, id);
    }

    @Transactional
    public Unit updateUnit(SignedInUser admin, long id, int version, UnitDraft draft) {
        Unit before = unit(admin, id);
        return saveUnit(admin, before, version, clean(draft), before.active());
    }

    @Transactional
    public Unit setUnitActive(SignedInUser admin, long id, int version, boolean active) {
        Unit before = unit(admin, id);
        return saveUnit(admin, before, version, new UnitDraft(before.code(), before.name(), before.kind()), active);
    }

    private Unit saveUnit(SignedInUser admin, Unit before, int version, UnitDraft draft, boolean active) {
        requireAdmin(admin);
        Optional<Unit> sameCode = repository.findUnitByCode(admin.agencyId(), draft.code());
        if (sameCode.isPresent() && sameCode.get().id() != before.id()) {
            throw Refused.conflict("org.unit.code.duplicate", draft.code());
        }
        if (!repository.updateUnit(admin.agencyId(), before.id(), version, draft, active)) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "unit", before.id(), "UPDATE", Change.diff()
                .field("code", before.code(), draft.code())
                .field("name", before.name(), draft.name())
                .field("kind", before.kind(), draft.kind())
                .field("active", before.active(), active)
                .build());
        return unit(admin, before.id());
    }

    public List<Person> people(SignedInUser user) {
        return repository.people(user.agencyId());
    }

    public Person person(SignedInUser user, long id) {
        return repository.findPerson(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("org.person.notFound", id));
    }

    @Transactional
    public Person createPerson(SignedInUser admin, PersonDraft draft) {
        requireAdmin(admin);
        PersonDraft clean = clean(admin, draft);
        long id = repository.insertPerson(admin.agencyId(), clean);
        audit.record(admin.agencyId(), admin.getUsername(), "person", id, "CREATE", Change.diff()
                .field("fullName", null, clean.fullName())
                .field("position", null, clean.position())
                .field("unitId", null, clean.unitId())
                .build());
        return person(admin, id);
    }

    @Transactional
    public Person updatePerson(SignedInUser admin, long id, int version, PersonDraft draft) {
        Person before = person(admin, id);
        return savePerson(admin, before, version, clean(admin, draft), before.active());
    }

    @Transactional
    public Person setPersonActive(SignedInUser admin, long id, int version, boolean active) {
        Person before = person(admin, id);
        PersonDraft same = new PersonDraft(before.fullName(), before.position(), before.unitId(), before.email(),
                before.phone());
        return savePerson(admin, before, version, same, active);
    }

    private Person savePerson(SignedInUser admin, Person before, int version, PersonDraft draft, boolean active) {
        requireAdmin(admin);
        if (!repository.updatePerson(admin.agencyId(), before.id(), version, draft, active)) {
            throw Refused.stale();
        }
        audit.record(admin.agencyId(), admin.getUsername(), "person", before.id(), "UPDATE", Change.diff()
                .field("fullName", before.fullName(), draft.fullName())
                .field("position", before.position(), draft.position())
                .field("unitId", before.unitId(), draft.unitId())
                .field("email", before.email(), draft.email())
                .field("phone", before.phone(), draft.phone())
                .field("active", before.active(), active)
                .build());
        return person(admin, before.id());
    }

    private UnitDraft clean(UnitDraft draft) {
        if (draft.code() == null || draft.code().isBlank()) {
            throw Refused.invalid("org.unit.code.required");
        }
        if (draft.name() == null || draft.name().isBlank()) {
            throw Refused.invalid("org.unit.name.required");
        }
        return new UnitDraft(draft.code().strip(), draft.name().strip(),
                draft.kind() == null ? UnitKind.DIVISION : draft.kind());
    }

    private PersonDraft clean(SignedInUser admin, PersonDraft draft) {
        if (draft.fullName() == null || draft.fullName().isBlank()) {
            throw Refused.invalid("org.person.fullName.required");
        }
        if (draft.unitId() != null) {
            unit(admin, draft.unitId());
        }
        return new PersonDraft(draft.fullName().strip(), blankToNull(draft.position()), draft.unitId(),
                blankToNull(draft.email()), blankToNull(draft.phone()));
    }

    static void requireAdmin(SignedInUser user) {
        if (!user.is(Role.ADMIN)) {
            throw Refused.forbidden();
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
