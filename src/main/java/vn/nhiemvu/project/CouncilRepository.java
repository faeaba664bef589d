package vn.nhiemvu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Councils of projects and their members. */
@Repository
class CouncilRepository {

    private final JdbcClient jdbc;

    CouncilRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long agencyId, long projectId, CouncilKind kind, LocalDate meetingOn, String decisionNumber,
            String createdBy) {
        return jdbc.sql("""
                insert into project_council (agency_id, project_id, kind, meeting_on, decision_number, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, projectId, kind.name(), meetingOn, decisionNumber, createdBy)
                .query(Long.class).single();
    }

    long insertMember(long councilId, CouncilDraft.MemberDraft member) {
        return jdbc.sql("""
                insert into project_council_member (council_id, name, title, organisation, role, sort_order)
                values (?, ?, ?, ?, ?, (select count(*) from project_council_member where council_id = ?))
                returning id""")
                .params(councilId, member.name(), member.title(), member.organisation(), member.role().name(),
                        councilId)
                .query(Long.class).single();
    }

    void recordVote(long councilId, long memberId, String vote, BigDecimal score, String comment) {
        jdbc.sql("update project_council_member set vote = ?, score = ?, comment = ? where council_id = ? and id = ?")
                .params(vote, score, comment, councilId, memberId).update();
    }

    /** Records the conclusion once: a concluded council is not concluded again, also under a race. */
    boolean conclude(long councilId, int version, String conclusion, String rating, long minutesDocumentId) {
        return jdbc.sql("""
                update project_council set conclusion = ?, rating = ?, concluded = true, minutes_document_id = ?,
                       version = version + 1
                where id = ? and version = ? and not concluded""")
                .params(conclusion, rating, minutesDocumentId, councilId, version).update() == 1;
    }

    boolean touch(long councilId, int version) {
        return jdbc.sql("update project_council set version = version + 1 where id = ? and version = ?")
                .params(councilId, version).update() == 1;
    }

    Optional<CouncilView> find(long projectId, long councilId) {
        return councils(projectId).stream().filter(c -> c.id() == councilId).findFirst();
    }

    List<CouncilView> councils(long projectId) {
        Map<Long, List<CouncilMemberView>> members = jdbc.sql("""
                select m.council_id, m.id, m.name, m.title, m.organisation, m.role, m.vote, m.score, m.comment
                from project_council_member m join project_council c on c.id = m.council_id
                where c.project_id = ? order by m.council_id, m.sort_order, m.id""")
                .param(projectId)
                .query((rs, row) -> Map.entry(rs.getLong("council_id"), new CouncilMemberView(rs.getLong("id"),
                        rs.getString("name"), rs.getString("title"), rs.getString("organisation"),
                        CouncilRole.valueOf(rs.getString("role")), rs.getString("vote"), rs.getBigDecimal("score"),
                        rs.getString("comment"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                select id, project_id, kind, meeting_on, decision_number, conclusion, rating, concluded,
                       minutes_document_id, version
                from project_council where project_id = ? order by meeting_on desc, id desc""")
                .param(projectId)
                .query((rs, row) -> new CouncilView(rs.getLong("id"), rs.getLong("project_id"),
                        CouncilKind.valueOf(rs.getString("kind")), ProjectRepository.date(rs, "meeting_on"),
                        rs.getString("decision_number"), rs.getString("conclusion"), rs.getString("rating"),
                        rs.getBoolean("concluded"), (Long) rs.getObject("minutes_document_id"), rs.getInt("version"),
                        members.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The councils meeting between two days, among the projects of the visibility given, by date. */
    List<CouncilMeeting> meetings(ProjectAccess.Visibility visibility, LocalDate from, LocalDate to, CouncilKind kind) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("agency", visibility.agencyId());
        params.put("from", from);
        params.put("to", to);
        StringBuilder where = new StringBuilder("c.agency_id = :agency and c.meeting_on between :from and :to");
        if (!visibility.wholeAgency()) {
            where.append(" and p.unit_id = :unit");
            params.put("unit", visibility.unitId() == null ? -1L : visibility.unitId());
        }
        if (kind != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", kind.name());
        }
        return jdbc.sql("""
                select c.id, c.project_id, p.code, coalesce(p.short_name, p.title) as name, c.kind, c.meeting_on,
                       c.decision_number, c.concluded, c.rating,
                       (select count(*) from project_council_member m where m.council_id = c.id) as members
                from project_council c join project p on p.id = c.project_id
                where """ + " " + where + " order by c.meeting_on, p.code, c.id")
                .params(params)
                .query((rs, row) -> new CouncilMeeting(rs.getLong("id"), rs.getLong("project_id"), rs.getString("code"),
                        rs.getString("name"), CouncilKind.valueOf(rs.getString("kind")),
                        ProjectRepository.date(rs, "meeting_on"), rs.getString("decision_number"),
                        rs.getInt("members"), rs.getBoolean("concluded"), rs.getString("rating")))
                .list();
    }

    /** The rating of the project's last concluded acceptance council, if any. */
    Optional<String> lastAcceptanceRating(long projectId) {
        return jdbc.sql("""
                select rating from project_council
                where project_id = ? and kind = 'ACCEPTANCE' and concluded and rating is not null
                order by meeting_on desc, id desc limit 1""")
                .param(projectId).query(String.class).optional();
    }
}
