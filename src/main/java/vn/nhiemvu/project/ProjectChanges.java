package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.Map;

/**
 * Facts a transition may set as it happens (§4.2): the host and principal investigator with the approval of the
 * selection, budget and dates with the approval of the project, dates with the contract. Null leaves a fact as it is.
 */
public record ProjectChanges(Long hostId, String hostName, Investigator investigator, LocalDate startOn,
        LocalDate endOn, Integer durationMonths, Budget budget, Map<Integer, Long> budgetYears,
        LumpSumMethod lumpSumMethod) {

    public static final ProjectChanges NONE = new ProjectChanges(null, null, null, null, null, null, null, null, null);
}
