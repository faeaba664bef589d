package vn.nhiemvu.org;

/** What an account may do. Labels are in {@code messages_vi.properties} as {@code Role.<NAME>}. */
public enum Role {
    /** IT of the Department: units, people, accounts. */
    ADMIN,
    /** Giám đốc, Phó Giám đốc Sở. */
    LEADER,
    /** Văn phòng Sở: registers directives, follows up, compiles reports. */
    OFFICE,
    /** Trưởng phòng, Chi cục trưởng, Giám đốc Trung tâm. */
    UNIT_HEAD,
    /** Chuyên viên, viên chức. */
    STAFF;

    /** Leaders and the office see and assign across all units of their agency. */
    public boolean seesWholeAgency() {
        return this == ADMIN || this == LEADER || this == OFFICE;
    }
}
