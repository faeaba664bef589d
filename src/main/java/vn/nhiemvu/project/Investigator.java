package vn.nhiemvu.project;

/** Chủ nhiệm (§3): họ tên, học hàm / học vị ("TS.", "ThS."), đơn vị công tác. */
public record Investigator(String name, String title, String affiliation) {

    public boolean present() {
        return name != null && !name.isBlank();
    }

    /** "TS. Nguyễn Văn A (Trường Đại học Nông Lâm)", as documents cite a person. */
    public String display() {
        if (!present()) {
            return null;
        }
        String head = title == null || title.isBlank() ? name : title.strip() + " " + name;
        return affiliation == null || affiliation.isBlank() ? head : head + " (" + affiliation.strip() + ")";
    }
}
