package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * What guards look at beyond the project itself: the documents and events already recorded, and what the user
 * gives with the transition.
 *
 * @param on the date of the transition
 * @param documents the kinds of the project's recorded documents
 * @param activities the kinds of the project's recorded events during execution and after acceptance
 * @param rating the acceptance rating given with the transition, or the last acceptance council's
 * @param reason the reason given with the transition
 * @param terminationCase the termination case given with a stop
 * @param ineligibleSince when the principal investigator or host last failed an acceptance within the
 *                        ineligibility period, or null
 * @param properties the province's settings
 */
record GuardFacts(LocalDate on, Set<DocumentKind> documents, Set<ActivityKind> activities, String rating,
        String reason, TerminationCase terminationCase, LocalDate ineligibleSince, ProjectProperties properties) {
}
