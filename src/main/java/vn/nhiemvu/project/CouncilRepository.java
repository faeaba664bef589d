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

    /** The rating of the project's last concluded acceptance council, if any. */
    Optional<String> lastAcceptanceRating(long projectId) {
        return jdbc.sql("""
                select rating from project_council
                where project_id = ? and kind = 'ACCEPTANCE' and concluded and rating is not null
                order by meeting_on desc, id desc limit 1""")
                .param(projectId).query(String.class).optional();
    }
}
