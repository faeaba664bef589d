package vn.nhiemvu.org;

/**
 * A Department (cơ quan) and what its documents print in their header.
 *
 * @param name       "Sở Khoa học và Công nghệ tỉnh Bắc Giang"
 * @param parentName the governing body, "UBND tỉnh Bắc Giang"
 * @param shortCode  the symbol in document numbers, "KHCN" as in "06/BC-KHCN"
 * @param place      the place name of dates, "Bắc Giang"
 */
public record Agency(long id, String name, String parentName, String shortCode, String place, int version) {
}
