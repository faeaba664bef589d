package vn.nhiemvu.project;

import java.time.LocalDate;

/**
 * An accepted project as the Department publishes it on its website (TT 14/2014/TT-BKHCN): only the public fields —
 * code, title, level, field, host, principal investigator, objectives, rating and dates — and never a project marked
 * as a state secret.
 */
public record PublicProject(String code, String title, ProjectLevel level, String programme, ScienceField field,
        String host, String investigator, String objectives, int startYear, LocalDate acceptedOn, String rating,
        String certificateNumber) {
}
