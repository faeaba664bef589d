package vn.nhiemvu.project;

/** Cấp of a project (§2, NĐ 08/2014 Điều 25–28); labels {@code project.ProjectLevel.*}. */
public enum ProjectLevel {
    QUOC_GIA, BO, TINH, CO_SO
}
