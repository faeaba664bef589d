package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Directives and the issuers list of an agency. */
@Repository
class DirectiveRepository {

    private static final String DIRECTIVE_SELECT = """
            select d.id, d.reference, d.issued_on, d.issuer_id, i.name as issuer_name, d.kind, d.summary,
                   d.issued_by_agency, d.received_on, d.attachment_id, a.file_name as attachment_name,
                   (select count(*) from task t where t.directive_id = d.id and t.series_id is null) as task_count,
                   d.version
            from directive d
            join issuer i on i.id = d.issuer_id
            left join attachment a on a.id = d.attachment_id
            """;

    private final JdbcClient jdbc;

    DirectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Directive> find(long agencyId, long id) {
        return jdbc.sql(DIRECTIVE_SELECT + " where d.agency_id = ? and d.id = ?").params(agencyId, id)
                .query(Directive.class).optional();
    }

    List<Directive> page(long agencyId, String text, int limit, int offset) {
        return jdbc.sql(DIRECTIVE_SELECT + """
                 where d.agency_id = :agency
                   and (cast(:text as text) is null or d.search_vector @@ search_prefix_query(:text))
                 order by d.issued_on desc, d.id desc limit :limit offset :offset""")
                .param("agency", agencyId).param("text", text).param("limit", limit).param("offset", offset)
                .query(Directive.class).list();
    }

    long count(long agencyId, String text) {
        return jdbc.sql("""
                select count(*) from directive d where d.agency_id = :agency
                  and (cast(:text as text) is null or d.search_vector @@ search_prefix_query(:text))""")
                .param("agency", agencyId).param("text", text).query(Long.class).single();
    }

    Optional<Directive> findByReference(long agencyId, String reference, int year) {
        return jdbc.sql(DIRECTIVE_SELECT + """
                 where d.agency_id = ? and lower(d.reference) = lower(?) and extract(year from d.issued_on) = ?""")
                .params(agencyId, reference.strip(), year).query(Directive.class).optional();
    }

    boolean referenceTaken(long agencyId, String reference, LocalDate issuedOn, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from directive where agency_id = ? and lower(reference) = lower(?)
                               and extract(year from issued_on) = ? and id <> ?)""")
                .params(agencyId, reference, issuedOn.getYear(), exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    long insert(long agencyId, DirectiveDraft draft, long issuerId, String createdBy) {
        return jdbc.sql("""
                insert into directive (agency_id, reference, issued_on, issuer_id, kind, summary, issued_by_agency,
                                       received_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, draft.reference(), draft.issuedOn(), issuerId, draft.kind(), draft.summary(),
                        draft.issuedByAgency(), draft.receivedOn(), createdBy)
                .query(Long.class).single();
    }

    boolean update(long agencyId, long id, int version, DirectiveDraft draft, long issuerId) {
        return jdbc.sql("""
                update directive set reference = ?, issued_on = ?, issuer_id = ?, kind = ?, summary = ?,
                       issued_by_agency = ?, received_on = ?, version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(draft.reference(), draft.issuedOn(), issuerId, draft.kind(), draft.summary(),
                        draft.issuedByAgency(), draft.receivedOn(), agencyId, id, version)
                .update() == 1;
    }

    void attach(long agencyId, long id, long attachmentId) {
        jdbc.sql("update directive set attachment_id = ?, version = version + 1 where agency_id = ? and id = ?")
                .params(attachmentId, agencyId, id).update();
    }

    List<Issuer> issuers(long agencyId) {
        return jdbc.sql("""
                select id, name, sort_order, active, version from issuer where agency_id = ?
                order by active desc, sort_order, name""")
                .param(agencyId).query(Issuer.class).list();
    }

    Optional<Issuer> issuer(long agencyId, long id) {
        return jdbc.sql("select id, name, sort_order, active, version from issuer where agency_id = ? and id = ?")
                .params(agencyId, id).query(Issuer.class).optional();
    }

    Optional<Issuer> issuerByName(long agencyId, String name) {
        return jdbc.sql("""
                select id, name, sort_order, active, version from issuer
                where agency_id = ? and lower(name) = lower(?)""")
                .params(agencyId, name.strip()).query(Issuer.class).optional();
    }

    long insertIssuer(long agencyId, String name, int sortOrder) {
        return jdbc.sql("insert into issuer (agency_id, name, sort_order) values (?, ?, ?) returning id")
                .params(agencyId, name, sortOrder).query(Long.class).single();
    }

    boolean updateIssuer(long agencyId, long id, int version, String name, int sortOrder, boolean active) {
        return jdbc.sql("""
                update issuer set name = ?, sort_order = ?, active = ?, version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(name, sortOrder, active, agencyId, id, version).update() == 1;
    }

    boolean anyIssuer(long agencyId) {
        return jdbc.sql("select exists (select 1 from issuer where agency_id = ?)").param(agencyId)
                .query(Boolean.class).single();
    }
}
