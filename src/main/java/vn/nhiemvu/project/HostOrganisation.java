package vn.nhiemvu.project;

/** A host organisation (tổ chức chủ trì) of the agency's managed list, with its parent body (cơ quan chủ quản). */
public record HostOrganisation(long id, String name, String parentName, boolean active, int version) {
}
