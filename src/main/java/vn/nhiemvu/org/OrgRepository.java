package vn.nhiemvu.org;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies, units and people. Every read and write names the agency it is scoped to. */
@Repository
class OrgRepository {

    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Agency> findAgency(long id) {
        return jdbc.sql("select id, name, parent_name, short_code, place, version from agency where id = ?")
                .param(id).query(Agency.class).optional();
    }

    Optional<Agency> findFirstAgency() {
        return jdbc.sql("select id, name, parent_name, short_code, place, version from agency order by id limit 1")
                .query(Agency.class).optional();
    }

    List<Long> agencyIds() {
        return jdbc.sql("select id from agency order by id").query(Long.class).list();
    }

    long insertAgency(String name, String parentName, String shortCode, String place) {
        return jdbc.sql("insert into agency (name, parent_name, short_code, place) values (?, ?, ?, ?) returning id")
                .params(name, parentName, shortCode, place).query(Long.class).single();
    }

    boolean updateAgency(long id, int version, String name, String parentName, String shortCode, String place) {
        return jdbc.sql("""
                update agency set name = ?, parent_name = ?, short_code = ?, place = ?, version = version + 1
                where id = ? and version = ?""")
                .params(name, parentName, shortCode, place, id, version).update() == 1;
    }

    List<Unit> units(long agencyId) {
        return jdbc.sql("""
                select id, agency_id, code, name, kind, active, version from unit
                where agency_id = ? order by active desc, code""")
                .param(agencyId).query(Unit.class).list();
    }

    Optional<Unit> findUnit(long agencyId, long id) {
        return jdbc.sql("select id, agency_id, code, name, kind, active, version from unit where agency_id = ? and id = ?")
                .params(agencyId, id).query(Unit.class).optional();
    }

    Optional<Unit> findUnitByCode(long agencyId, String code) {
        return jdbc.sql("""
                select id, agency_id, code, name, kind, active, version from unit
                where agency_id = ? and upper(code) = upper(?)""")
                .params(agencyId, code).query(Unit.class).optional();
    }

    long insertUnit(long agencyId, UnitDraft draft) {
        return jdbc.sql("insert into unit (agency_id, code, name, kind) values (?, ?, ?, ?) returning id")
                .params(agencyId, draft.code(), draft.name(), draft.kind().name()).query(Long.class).single();
    }

    boolean updateUnit(long agencyId, long id, int version, UnitDraft draft, boolean active) {
        return jdbc.sql("""
                update unit set code = ?, name = ?, kind = ?, active = ?, version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(draft.code(), draft.name(), draft.kind().name(), active, agencyId, id, version)
                .update() == 1;
    }

    private static final String PERSON_SELECT = """
            select p.id, p.agency_id, p.unit_id, u.name as unit_name, p.full_name, p.position, p.email, p.phone,
                   p.active, p.version
            from person p left join unit u on u.id = p.unit_id
            """;

    List<Person> people(long agencyId) {
        return jdbc.sql(PERSON_SELECT + " where p.agency_id = ? order by p.active desc, u.code nulls first, p.full_name")
                .param(agencyId).query(Person.class).list();
    }

    Optional<Person> findPerson(long agencyId, long id) {
        return jdbc.sql(PERSON_SELECT + " where p.agency_id = ? and p.id = ?")
                .params(agencyId, id).query(Person.class).optional();
    }

    long insertPerson(long agencyId, PersonDraft draft) {
        return jdbc.sql("""
                insert into person (agency_id, unit_id, full_name, position, email, phone)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, draft.unitId(), draft.fullName(), draft.position(), draft.email(), draft.phone())
                .query(Long.class).single();
    }

    boolean updatePerson(long agencyId, long id, int version, PersonDraft draft, boolean active) {
        return jdbc.sql("""
                update person set unit_id = ?, full_name = ?, position = ?, email = ?, phone = ?, active = ?,
                       version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(draft.unitId(), draft.fullName(), draft.position(), draft.email(), draft.phone(), active,
                        agencyId, id, version)
                .update() == 1;
    }
}
