package vn.nhiemvu.project.web;

import vn.nhiemvu.project.DepartmentRole;
import vn.nhiemvu.project.ProjectFilter;
import vn.nhiemvu.project.ProjectLevel;
import vn.nhiemvu.project.ProjectState;
import vn.nhiemvu.project.ScienceField;

/** The register's filters as query parameters, so that every list has an address to share. */
record ProjectFilterForm(ProjectLevel level, String programme, ScienceField field, ProjectState state, Integer year,
        Integer managedIn, Long host, Long unit, DepartmentRole role, String q, Integer page) {

    ProjectFilter filter(int size) {
        return new ProjectFilter(level, programme == null || programme.isBlank() ? null : programme, field, state,
                year, managedIn, host, unit, role, q, page == null || page < 0 ? 0 : page, size);
    }
}
