package vn.nhiemvu.project;

/**
 * A product the project promises (§3 san_pham): kind I (mẫu, vật liệu, thiết bị), II (quy trình, phần mềm, bản đồ,
 * báo cáo…) or III (bài báo, sách, đào tạo, đăng ký SHTT), quantity and quality requirement.
 */
public record Product(String kind, String name, String quantity, String requirement) {
}
