package vn.nhiemvu.project;

/**
 * The register's filters: level or programme, field, state, start year, the year the project was managed in (§5),
 * host, managing unit, the Department's role, text (code, title, short name, without diacritics), page.
 */
public record ProjectFilter(ProjectLevel level, String programme, ScienceField field, ProjectState state,
        Integer year, Integer managedIn, Long hostId, Long unitId, DepartmentRole role, String q, int page, int size) {

    public static ProjectFilter all(int size) {
        return new ProjectFilter(null, null, null, null, null, null, null, null, null, null, 0, size);
    }
}
