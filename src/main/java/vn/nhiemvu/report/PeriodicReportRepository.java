package vn.nhiemvu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report module's tables: templates and their sections, reports and theirs, numbers, settings. */
@Repository
class PeriodicReportRepository {

    private final JdbcClient jdbc;

    PeriodicReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ----- templates

    /** A row only when the agency has no template of that code yet (two first uses at once make one). */
    Optional<Long> insertTemplate(long agencyId, String code, String name, String subject, ReportingPeriod.Kind kind,
            Numbering numbering) {
        return jdbc.sql("""
                insert into report_template (agency_id, code, name, subject, period_kind, numbering)
                values (?, ?, ?, ?, ?, ?)
                on conflict (agency_id, code) do nothing returning id""")
                .params(agencyId, code, name, subject, kind.name(), numbering.name()).query(Long.class).optional();
    }

    boolean hasTemplates(long agencyId) {
        return jdbc.sql("select exists (select 1 from report_template where agency_id = ?)").param(agencyId)
                .query(Boolean.class).single();
    }

    record TemplateRow(long id, String code, String name, String subject, ReportingPeriod.Kind periodKind,
            Numbering numbering, int version) {
    }

    List<TemplateRow> templates(long agencyId) {
        return jdbc.sql("select id, code, name, subject, period_kind, numbering, version from report_template where agency_id = ? order by id")
                .param(agencyId).query(this::templateRow).list();
    }

    Optional<TemplateRow> template(long agencyId, long id) {
        return jdbc.sql("select id, code, name, subject, period_kind, numbering, version from report_template where agency_id = ? and id = ?")
                .params(agencyId, id).query(this::templateRow).optional();
    }

    Optional<TemplateRow> lockTemplate(long agencyId, long id) {
        return jdbc.sql("""
                select id, code, name, subject, period_kind, numbering, version from report_template
                where agency_id = ? and id = ? for update""")
                .params(agencyId, id).query(this::templateRow).optional();
    }

    private TemplateRow templateRow(ResultSet rs, int row) throws SQLException {
        return new TemplateRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("subject"),
                ReportingPeriod.Kind.valueOf(rs.getString("period_kind")), Numbering.valueOf(rs.getString("numbering")),
                rs.getInt("version"));
    }

    void updateTemplate(long id, String name, String subject, Numbering numbering) {
        jdbc.sql("update report_template set name = ?, subject = ?, numbering = ?, version = version + 1 where id = ?")
                .params(name, subject, numbering.name(), id).update();
    }

    void touchTemplate(long id) {
        jdbc.sql("update report_template set version = version + 1 where id = ?").param(id).update();
    }

    /** A template section as stored; {@code issuers} one name a line. */
    record SectionRow(long id, int position, int depth, String heading, SectionKind kind, Long unitId, String prompt,
            String issuers) {
    }

    List<SectionRow> templateSections(long templateId) {
        return jdbc.sql("""
                select id, position, depth, heading, kind, unit_id, prompt, issuers from report_template_section
                where template_id = ? order by position, id""")
                .param(templateId)
                .query((rs, row) -> new SectionRow(rs.getLong("id"), rs.getInt("position"), rs.getInt("depth"),
                        rs.getString("heading"), SectionKind.valueOf(rs.getString("kind")), nullableLong(rs, "unit_id"),
                        rs.getString("prompt"), rs.getString("issuers")))
                .list();
    }

    long insertTemplateSection(long templateId, int position, int depth, String heading, SectionKind kind, Long unitId,
            String prompt, String issuers) {
        return jdbc.sql("""
                insert into report_template_section (template_id, position, depth, heading, kind, unit_id, prompt, issuers)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(templateId, position, depth, heading, kind.name(), unitId, prompt, issuers)
                .query(Long.class).single();
    }

    void updateTemplateSection(long id, int depth, String heading, SectionKind kind, Long unitId, String prompt,
            String issuers) {
        jdbc.sql("""
                update report_template_section set depth = ?, heading = ?, kind = ?, unit_id = ?, prompt = ?, issuers = ?
                where id = ?""")
                .params(depth, heading, kind.name(), unitId, prompt, issuers, id).update();
    }

    void positionTemplateSection(long id, int position) {
        jdbc.sql("update report_template_section set position = ? where id = ?").params(position, id).update();
    }

    void deleteTemplateSection(long id) {
        jdbc.sql("delete from report_template_section where id = ?").param(id).update();
    }

    // ----- reports

    long insertReport(long agencyId, TemplateRow template, String subject, ReportingPeriod period, LocalDate asOf,
            String createdBy) {
        return jdbc.sql("""
                insert into periodic_report (agency_id, template_id, template_name, subject, numbering, period_kind,
                    period_year, period_number, period_from, period_to, period_label, as_of, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, template.id(), template.name(), subject, template.numbering().name(),
                        period.kind().name(), period.year(), period.number(), period.from(), period.to(), period.label(),
                        asOf, createdBy)
                .query(Long.class).single();
    }

    void insertReportSection(long reportId, int position, int depth, String heading, SectionKind kind, Long unitId,
            String unitName, String prompt, String issuers) {
        jdbc.sql("""
                insert into report_section (report_id, position, depth, heading, kind, unit_id, unit_name, prompt, issuers)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, position, depth, heading, kind.name(), unitId, unitName, prompt, issuers).update();
    }

    /** The report's head as stored. */
    record ReportRow(long id, long templateId, String templateName, String subject, Numbering numbering,
            ReportingPeriod period,
            LocalDate asOf, ReportState state, Integer number, LocalDate issuedOn, OffsetDateTime finalAt,
            String finalBy, String createdBy, OffsetDateTime createdAt, int version) {
    }

    private static final String REPORT_COLUMNS = """
            id, template_id, template_name, subject, numbering, period_kind, period_year, period_number, period_from,
            period_to, as_of, state, number, issued_on, final_at, final_by, created_by, created_at, version""";

    Optional<ReportRow> report(long agencyId, long id) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from periodic_report where agency_id = ? and id = ?")
                .params(agencyId, id).query(this::reportRow).optional();
    }

    Optional<ReportRow> lockReport(long agencyId, long id) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from periodic_report where agency_id = ? and id = ? for update")
                .params(agencyId, id).query(this::reportRow).optional();
    }

    private ReportRow reportRow(ResultSet rs, int row) throws SQLException {
        ReportingPeriod.Kind kind = ReportingPeriod.Kind.valueOf(rs.getString("period_kind"));
        LocalDate from = rs.getObject("period_from", LocalDate.class);
        LocalDate to = rs.getObject("period_to", LocalDate.class);
        ReportingPeriod period = kind == ReportingPeriod.Kind.CUSTOM ? ReportingPeriod.custom(from, to)
                : ReportingPeriod.of(kind, rs.getInt("period_year"), rs.getInt("period_number"));
        Integer number = rs.getObject("number") == null ? null : rs.getInt("number");
        return new ReportRow(rs.getLong("id"), rs.getLong("template_id"), rs.getString("template_name"),
                rs.getString("subject"), Numbering.valueOf(rs.getString("numbering")), period,
                rs.getObject("as_of", LocalDate.class),
                ReportState.valueOf(rs.getString("state")), number, rs.getObject("issued_on", LocalDate.class),
                rs.getObject("final_at", OffsetDateTime.class), rs.getString("final_by"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** A report section as stored. */
    record ReportSectionRow(long id, int position, int depth, String heading, SectionKind kind, Long unitId,
            String unitName, String prompt, String issuers, String body, ContributionState state, String updatedBy,
            OffsetDateTime updatedAt, String submittedBy, OffsetDateTime submittedAt, int version) {
    }

    List<ReportSectionRow> reportSections(long reportId) {
        return jdbc.sql("""
                select id, position, depth, heading, kind, unit_id, unit_name, prompt, issuers, body, state, updated_by,
                       updated_at, submitted_by, submitted_at, version
                from report_section where report_id = ? order by position, id""")
                .param(reportId).query(this::sectionRow).list();
    }

    Optional<ReportSectionRow> reportSection(long reportId, long sectionId) {
        return jdbc.sql("""
                select id, position, depth, heading, kind, unit_id, unit_name, prompt, issuers, body, state, updated_by,
                       updated_at, submitted_by, submitted_at, version
                from report_section where report_id = ? and id = ?""")
                .params(reportId, sectionId).query(this::sectionRow).optional();
    }

    private ReportSectionRow sectionRow(ResultSet rs, int row) throws SQLException {
        return new ReportSectionRow(rs.getLong("id"), rs.getInt("position"), rs.getInt("depth"),
                rs.getString("heading"), SectionKind.valueOf(rs.getString("kind")), nullableLong(rs, "unit_id"),
                rs.getString("unit_name"), rs.getString("prompt"), rs.getString("issuers"), rs.getString("body"),
                ContributionState.valueOf(rs.getString("state")), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** Saves the text if the section is still at {@code version}; false when someone saved in between. */
    boolean saveSection(long sectionId, int version, String body, ContributionState state, String by) {
        return jdbc.sql("""
                update report_section set body = ?, state = ?, updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(body, state.name(), by, sectionId, version).update() == 1;
    }

    boolean submitSection(long sectionId, int version, String by) {
        return jdbc.sql("""
                update report_section set state = 'SUBMITTED', submitted_by = ?, submitted_at = now(),
                    version = version + 1
                where id = ? and version = ?""")
                .params(by, sectionId, version).update() == 1;
    }

    /** The text search finds a report by: its subject, period and every contribution, in search_normalize form. */
    void reindex(long reportId) {
        jdbc.sql("""
                update periodic_report r set search_text = search_normalize(r.subject || ' ' || r.period_label || ' '
                    || coalesce((select string_agg(s.heading || ' ' || coalesce(s.body, ''), ' ' order by s.position)
                                 from report_section s where s.report_id = r.id), ''))
                where r.id = ?""").param(reportId).update();
    }

    List<ReportListRow> reports(long agencyId, Long onlyUnitId) {
        String unitCondition = onlyUnitId == null ? ""
                : " and exists (select 1 from report_section u where u.report_id = r.id and u.unit_id = :unit)";
        var spec = jdbc.sql("""
                select r.id, r.template_name, r.subject, r.period_label, r.as_of, r.state, r.number, r.issued_on,
                    (select count(*) from report_section s where s.report_id = r.id and s.kind = 'WRITTEN'
                        and s.state = 'SUBMITTED') as submitted,
                    (select count(*) from report_section s where s.report_id = r.id and s.kind = 'WRITTEN') as to_write
                from periodic_report r where r.agency_id = :agency""" + unitCondition
                + " order by r.period_to desc, r.id desc limit 500")
                .param("agency", agencyId);
        if (onlyUnitId != null) {
            spec = spec.param("unit", onlyUnitId);
        }
        return spec.query((rs, row) -> new ReportListRow(rs.getLong("id"), rs.getString("template_name"),
                rs.getString("subject"), rs.getString("period_label"), rs.getObject("as_of", LocalDate.class),
                ReportState.valueOf(rs.getString("state")),
                rs.getObject("number") == null ? null : Wording.count(rs.getInt("number")),
                rs.getObject("issued_on", LocalDate.class), rs.getInt("submitted"), rs.getInt("to_write")))
                .list();
    }

    List<ContributionDue> contributionsDue(long agencyId, long unitId) {
        return jdbc.sql("""
                select r.id as report_id, r.subject, r.period_label, s.id as section_id, s.depth, s.heading, s.state,
                    s.position
                from report_section s join periodic_report r on r.id = s.report_id
                where r.agency_id = ? and r.state = 'OPEN' and s.unit_id = ? and s.kind = 'WRITTEN'
                order by r.period_to desc, r.id desc, s.position""")
                .params(agencyId, unitId)
                .query((rs, row) -> new ContributionDue(rs.getLong("report_id"), rs.getString("subject"),
                        rs.getString("period_label"), rs.getLong("section_id"), "", rs.getString("heading"),
                        ContributionState.valueOf(rs.getString("state"))))
                .list();
    }

    /** The next number of the agency's reports in that year, from 1 (NĐ 30/2020 Art. 15(1)). */
    int nextNumber(long agencyId, int year) {
        return jdbc.sql("""
                insert into report_number (agency_id, year, last) values (?, ?, 1)
                on conflict (agency_id, year) do update set last = report_number.last + 1 returning last""")
                .params(agencyId, year).query(Integer.class).single();
    }

    void finalise(long reportId, int number, LocalDate issuedOn, byte[] docx, String by) {
        jdbc.sql("""
                update periodic_report set state = 'FINAL', number = ?, number_year = ?, issued_on = ?, final_docx = ?,
                    final_at = now(), final_by = ?, version = version + 1
                where id = ?""")
                .params(number, issuedOn.getYear(), issuedOn, docx, by, reportId).update();
    }

    Optional<byte[]> finalDocx(long reportId) {
        return jdbc.sql("select final_docx from periodic_report where id = ? and final_docx is not null")
                .param(reportId).query((rs, row) -> rs.getBytes(1)).optional();
    }

    // ----- settings

    Optional<ReportSettings> settings(long agencyId) {
        return jdbc.sql("select signer_title, signer_name, recipients, version from report_settings where agency_id = ?")
                .param(agencyId)
                .query((rs, row) -> new ReportSettings(lines(rs.getString("signer_title")), rs.getString("signer_name"),
                        lines(rs.getString("recipients")), rs.getInt("version")))
                .optional();
    }

    /** Saves the settings read at {@code version} (0 and no row: the defaults); false when someone saved in between. */
    boolean saveSettings(long agencyId, int version, String signerTitle, String signerName, String recipients) {
        int inserted = jdbc.sql("""
                insert into report_settings (agency_id, signer_title, signer_name, recipients, version)
                values (?, ?, ?, ?, 1) on conflict (agency_id) do nothing""")
                .params(agencyId, signerTitle, signerName, recipients).update();
        if (inserted == 1) {
            return version == 0;
        }
        return jdbc.sql("""
                update report_settings set signer_title = ?, signer_name = ?, recipients = ?, version = version + 1
                where agency_id = ? and version = ?""")
                .params(signerTitle, signerName, recipients, agencyId, version).update() == 1;
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
