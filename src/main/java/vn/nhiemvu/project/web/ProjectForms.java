package vn.nhiemvu.project.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.nhiemvu.project.ActivityCommand;
import vn.nhiemvu.project.ActivityKind;
import vn.nhiemvu.project.Budget;
import vn.nhiemvu.project.CouncilConclusion;
import vn.nhiemvu.project.CouncilDraft;
import vn.nhiemvu.project.CouncilKind;
import vn.nhiemvu.project.CouncilRole;
import vn.nhiemvu.project.DocumentDraft;
import vn.nhiemvu.project.DocumentKind;
import vn.nhiemvu.project.Investigator;
import vn.nhiemvu.project.LifecycleEvent;
import vn.nhiemvu.project.LumpSumMethod;
import vn.nhiemvu.project.ProjectChanges;
import vn.nhiemvu.project.TerminationCase;
import vn.nhiemvu.project.TransitionCommand;
import vn.nhiemvu.project.UploadedFile;

/** The small forms of a project's page; the ones that change the project carry the version the user read. */
final class ProjectForms {

    private ProjectForms() {
    }

    record TransitionForm(LifecycleEvent event, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            DocumentKind documentKind, String documentNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate, String signer, String summary,
            MultipartFile file, String reason, String rating, TerminationCase terminationCase, Long hostId,
            String hostName, String investigatorName, String investigatorTitle, String investigatorAffiliation,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn, Integer durationMonths, Long totalBudget,
            Long stateBudget, Long otherBudget, Long lumpSumBudget, String budgetYears, LumpSumMethod lumpSumMethod,
            Integer version) {

        TransitionCommand command() {
            Budget budget = totalBudget == null && stateBudget == null && otherBudget == null ? null
                    : new Budget(totalBudget, stateBudget, otherBudget, lumpSumBudget);
            Map<Integer, Long> years = budgetYears == null || budgetYears.isBlank() ? null
                    : ProjectForm.years(budgetYears);
            return new TransitionCommand(event, on, document(documentKind, documentNumber, documentDate, signer,
                    summary, file), reason, rating == null || rating.isBlank() ? null : rating, terminationCase,
                    new ProjectChanges(hostId, hostName, new Investigator(investigatorName, investigatorTitle,
                            investigatorAffiliation), startOn, endOn, durationMonths, budget, years, lumpSumMethod));
        }
    }

    record ActivityForm(ActivityKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            DocumentKind documentKind, String documentNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate, String signer, String summary,
            MultipartFile file, Long amount, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn, String note, String reason,
            String investigatorName, String investigatorTitle, String investigatorAffiliation, Long hostId,
            String hostName, String partners, Integer recipients, Integer version) {

        ActivityCommand command() {
            return new ActivityCommand(kind, on, document(documentKind, documentNumber, documentDate, signer, summary,
                    file), amount, newDate, requestedOn, note, reason,
                    new Investigator(investigatorName, investigatorTitle, investigatorAffiliation), hostId, hostName,
                    partners, recipients);
        }
    }

    record DocumentForm(DocumentKind documentKind, String documentNumber,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate, String signer, String summary,
            MultipartFile file) {

        DocumentDraft draft() {
            return new DocumentDraft(documentKind, documentNumber, documentDate, signer, summary, upload(file));
        }
    }

    record CouncilForm(CouncilKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingOn,
            String decisionNumber, String memberName, String memberTitle, String memberOrganisation,
            CouncilRole memberRole) {

        CouncilDraft draft() {
            List<CouncilDraft.MemberDraft> members = memberName == null || memberName.isBlank() ? List.of()
                    : List.of(new CouncilDraft.MemberDraft(memberName, memberTitle, memberOrganisation,
                            memberRole == null ? CouncilRole.CHAIR : memberRole));
            return new CouncilDraft(kind, meetingOn, decisionNumber, members);
        }
    }

    record MemberForm(String name, String title, String organisation, CouncilRole role) {

        CouncilDraft.MemberDraft draft() {
            return new CouncilDraft.MemberDraft(name, title, organisation, role == null ? CouncilRole.MEMBER : role);
        }
    }

    /** Votes arrive as {@code vote_<memberId>} and {@code score_<memberId>}. */
    record ConclusionForm(String conclusion, String rating,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate minutesOn, String minutesNumber, String signer,
            Integer version) {

        CouncilConclusion draft(Map<String, String> parameters) {
            List<CouncilConclusion.Vote> votes = new ArrayList<>();
            parameters.forEach((name, value) -> {
                if (name.startsWith("vote_") || name.startsWith("score_")) {
                    long memberId = Long.parseLong(name.substring(name.indexOf('_') + 1));
                    if (votes.stream().noneMatch(v -> v.memberId() == memberId)) {
                        String vote = parameters.get("vote_" + memberId);
                        String score = parameters.get("score_" + memberId);
                        BigDecimal parsed = null;
                        if (score != null && !score.isBlank()) {
                            try {
                                parsed = new BigDecimal(score.strip().replace(',', '.'));
                            } catch (NumberFormatException e) {
                                throw vn.nhiemvu.shared.Refused.invalid("project.council.scoreRange");
                            }
                        }
                        if ((vote != null && !vote.isBlank()) || parsed != null) {
                            votes.add(new CouncilConclusion.Vote(memberId, vote, parsed, null));
                        }
                    }
                }
            });
            return new CouncilConclusion(conclusion, rating == null || rating.isBlank() ? null : rating, minutesOn,
                    minutesNumber, signer, votes);
        }
    }

    record HostForm(String name, String parentName, Boolean active, Integer version) {
    }

    static DocumentDraft document(DocumentKind kind, String number, LocalDate date, String signer, String summary,
            MultipartFile file) {
        DocumentDraft draft = new DocumentDraft(kind, number, date, signer, summary, upload(file));
        // The kind select always has a value: a form without number, date or file carries no document.
        boolean nothing = (number == null || number.isBlank()) && date == null && (file == null || file.isEmpty())
                && (summary == null || summary.isBlank()) && (signer == null || signer.isBlank());
        return nothing ? null : draft;
    }

    static UploadedFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
