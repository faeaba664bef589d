package vn.nhiemvu.project;

import java.time.LocalDate;

/** One line of the register. */
public record ProjectRow(long id, String code, String title, String shortName, ProjectLevel level, String programme,
        DepartmentRole role, ProjectType type, ScienceField field, String hostName, String investigatorName,
        int startYear, LocalDate endOn, ProjectState state, Outcome outcome, String rating, Long unitId,
        String unitName, Long stateBudget, long disbursed) {

    ProjectRow withUnitName(String name) {
        return new ProjectRow(id, code, title, shortName, level, programme, role, type, field, hostName,
                investigatorName, startYear, endOn, state, outcome, rating, unitId, name, stateBudget, disbursed);
    }

    /** The name reports use: the short name when there is one. */
    public String name() {
        return shortName != null && !shortName.isBlank() ? shortName : title;
    }
}
