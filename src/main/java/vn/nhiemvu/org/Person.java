package vn.nhiemvu.org;

/** A person of an agency: the assignee of tasks, the signer of documents. */
public record Person(long id, long agencyId, Long unitId, String unitName, String fullName, String position,
        String email, String phone, boolean active, int version) {
}
