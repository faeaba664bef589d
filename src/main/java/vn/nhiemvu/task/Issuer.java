package vn.nhiemvu.task;

/** Who assigns tasks (UBND tỉnh, Chủ tịch UBND tỉnh, Bộ KH&CN, Giám đốc Sở…), a managed list per agency. */
public record Issuer(long id, String name, int sortOrder, boolean active, int version) {
}
