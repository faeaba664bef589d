package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import vn.nhiemvu.database.SideBySide;
import vn.nhiemvu.shared.Refused;

/**
 * Puts the portfolio figures of §6 together from the counts {@link ProjectQueries} computes: a year as of a date
 * covers 1 January to the as-of date (or 31 December when that is later), and an event counts in the period that
 * contains its document date.
 */
final class FiguresCalculator {

    private FiguresCalculator() {
    }

    static ProjectFigures figures(ProjectQueries queries, ProjectAccess.Visibility visibility, ProjectProperties settings,
            int year, LocalDate asOf, SideBySide sideBySide) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        if (asOf.isBefore(start)) {
            throw Refused.invalid("project.figures.asOfBeforeYear", Labels.date(asOf), year);
        }
        LocalDate cutoff = asOf.isBefore(end) ? asOf : end;

        // The statements are independent: run side by side, each on its own connection, read-only.
        CompletableFuture<Map<String, ProjectQueries.EventCount>> eventsLater =
                sideBySide.start(() -> queries.events(visibility, year, cutoff));
        CompletableFuture<ProjectQueries.StatesAt> atEndLater =
                sideBySide.start(() -> queries.statesAt(visibility, cutoff, settings.dossierDays()));
        CompletableFuture<Map<String, Long>> proposalsLater =
                sideBySide.start(() -> queries.proposals(visibility, year, cutoff));
        List<ProjectQueries.ManagedCount> managed = queries.managed(visibility, year, cutoff);
        Map<String, Long> councils = queries.councils(visibility, year, cutoff);
        Map<String, Long> stops = queries.stopsByDocument(visibility, year, cutoff);
        Map<String, Long> ratings = queries.acceptedByRating(visibility, year, cutoff);
        Map<String, ProjectQueries.EventCount> events = SideBySide.join(eventsLater);
        ProjectQueries.StatesAt atEnd = SideBySide.join(atEndLater);
        Map<String, Long> proposed = SideBySide.join(proposalsLater);

        long carried = managed.stream().filter(ProjectQueries.ManagedCount::carriedOver)
                .mapToLong(ProjectQueries.ManagedCount::count).sum();
        long started = managed.stream().filter(m -> !m.carriedOver()).mapToLong(ProjectQueries.ManagedCount::count).sum();
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (String group : groupOrder(settings)) {
            groups.put(group, new long[2]);
        }
        Map<String, Long> byLevel = new LinkedHashMap<>();
        Map<String, Long> byRole = new LinkedHashMap<>();
        Map<String, Long> byField = new TreeMap<>();
        for (ProjectQueries.ManagedCount m : managed) {
            String group = m.programme() != null ? m.programme() : m.level();
            groups.computeIfAbsent(group, g -> new long[2])[m.carriedOver() ? 0 : 1] += m.count();
            byLevel.merge(m.level(), m.count(), Long::sum);
            byRole.merge(m.role(), m.count(), Long::sum);
            byField.merge(field(m.field(), settings), m.count(), Long::sum);
        }
        List<ProjectFigures.GroupCount> byGroup = new ArrayList<>();
        groups.forEach((group, counts) -> {
            if (counts[0] + counts[1] > 0) {
                byGroup.add(new ProjectFigures.GroupCount(group, counts[0], counts[1]));
            }
        });

        Map<String, Long> proposalsByField = new TreeMap<>();
        proposed.forEach((field, count) -> proposalsByField.merge(field(field, settings), count, Long::sum));
        long proposals = proposalsByField.values().stream().mapToLong(Long::longValue).sum();

        long accepted = ratings.values().stream().mapToLong(Long::longValue).sum();

        return new ProjectFigures(year, asOf, start, cutoff,
                new ProjectFigures.Managed(carried + started, carried, started), byGroup, byLevel, byRole, byField,
                new ProjectFigures.Proposals(year + 1, proposals, proposalsByField),
                councils,
                occurrences(events, "INSPECTION", settings.inspectionTargets().get(year)),
                occurrences(events, "MID_TERM_REVIEW", settings.midTermTargets().get(year)),
                count(events, "SIGN_CONTRACT"), count(events, "EXTENSION"), count(events, "DOSSIER_EXTENSION"),
                count(events, "ADJUSTMENT"), count(events, "INVESTIGATOR_CHANGE"), count(events, "HOST_CHANGE"),
                count(events, "PARTNER_CHANGE"), stops.getOrDefault(DocumentKind.QD_DUNG.name(), 0L),
                stops.getOrDefault(DocumentKind.QD_CHAM_DUT.name(), 0L),
                atEnd.suspended(),
                new ProjectFigures.Accepted(accepted, ratings),
                projects(events, "RECOGNITION"), projects(events, "REGISTRATION"),
                count(events, "LIQUIDATE") + count(events, "REFUND_AND_LIQUIDATE") + count(events, "SETTLE_STOPPED"),
                amount(events, "DISBURSEMENT"), count(events, "REFUND"), amount(events, "REFUND"),
                new ProjectFigures.Transfers(projects(events, "TRANSFER"),
                        events.containsKey("TRANSFER") ? events.get("TRANSFER").quantity() : 0),
                atEnd.dossierOverdue(), atEnd.afterAcceptance());
    }


    /** Reports list provincial and grassroots projects first, then the programmes, then national ones. */
    static List<String> groupOrder(ProjectProperties settings) {
        List<String> order = new ArrayList<>(List.of(ProjectLevel.TINH.name(), ProjectLevel.CO_SO.name()));
        order.addAll(settings.programmes());
        order.add(ProjectLevel.QUOC_GIA.name());
        order.add(ProjectLevel.BO.name());
        return order;
    }

    /** Reports may merge field 6 (Khoa học nhân văn) into 5 (Khoa học xã hội), as Bắc Kạn's does (§6). */
    private static String field(String code, ProjectProperties settings) {
        return settings.mergeHumanities() && ScienceField.HUMANITIES.code().equals(code)
                ? ScienceField.SOCIAL.code() : code;
    }

    private static ProjectFigures.Occurrences occurrences(Map<String, ProjectQueries.EventCount> events, String kind,
            Integer planned) {
        ProjectQueries.EventCount count = events.get(kind);
        long occurrences = count == null ? 0 : count.occurrences();
        long projects = count == null ? 0 : count.projects();
        Double percent = planned == null || planned <= 0 ? null : Math.round(1000.0 * projects / planned) / 10.0;
        return new ProjectFigures.Occurrences(occurrences, projects, planned, percent);
    }

    private static long count(Map<String, ProjectQueries.EventCount> events, String kind) {
        return events.containsKey(kind) ? events.get(kind).occurrences() : 0;
    }

    private static long projects(Map<String, ProjectQueries.EventCount> events, String kind) {
        return events.containsKey(kind) ? events.get(kind).projects() : 0;
    }

    private static long amount(Map<String, ProjectQueries.EventCount> events, String kind) {
        return events.containsKey(kind) ? events.get(kind).amount() : 0;
    }
}
