package vn.nhiemvu.report;

import java.util.List;

/**
 * What an agency's reports print after the body (NĐ 30/2020 ô 7–9): the signer's title in one or more lines
 * ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), the signer's name, and the recipients under "Nơi nhận:".
 */
public record ReportSettings(List<String> signerTitle, String signerName, List<String> recipients, int version) {

    static ReportSettings defaults() {
        return new ReportSettings(List.of("GIÁM ĐỐC"), null,
                List.of("- UBND tỉnh (b/c);", "- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."), 0);
    }
}
