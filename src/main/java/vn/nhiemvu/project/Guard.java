package vn.nhiemvu.project;

import vn.nhiemvu.shared.Refused;

/** A condition a transition needs (§4.2 "Guard"); answers the refusal, or null when the transition may happen. */
@FunctionalInterface
interface Guard {

    Guard NONE = (project, facts) -> null;

    Refused check(Project project, GuardFacts facts);

    /** Both guards, the first refusal winning. */
    default Guard and(Guard other) {
        return (project, facts) -> {
            Refused refused = check(project, facts);
            return refused != null ? refused : other.check(project, facts);
        };
    }
}
