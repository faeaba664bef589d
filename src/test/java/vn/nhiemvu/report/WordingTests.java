package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.org.Agency;

/** How documents write counts, dates and the agency (NĐ 30/2020 Phụ lục I; house style of the samples). */
class WordingTests {

    @Test
    void writesCountsOneToNineWithTwoDigitsAndZeroAsZero() {
        assertThat(Wording.count(0)).isEqualTo("0");
        assertThat(Wording.count(6)).isEqualTo("06");
        assertThat(Wording.count(9)).isEqualTo("09");
        assertThat(Wording.count(10)).isEqualTo("10");
        assertThat(Wording.count(5000)).isEqualTo("5000");
    }

    @Test
    void padsADayBelowTenAndTheMonthsJanuaryAndFebruary() {
        assertThat(Wording.placeAndDate("Bắc Giang", LocalDate.of(2023, 1, 14)))
                .isEqualTo("Bắc Giang, ngày 14 tháng 01 năm 2023");
        assertThat(Wording.placeAndDate("Bắc Giang", LocalDate.of(2023, 2, 5)))
                .isEqualTo("Bắc Giang, ngày 05 tháng 02 năm 2023");
        assertThat(Wording.placeAndDate("Bắc Kạn", LocalDate.of(2023, 6, 16)))
                .isEqualTo("Bắc Kạn, ngày 16 tháng 6 năm 2023");
        assertThat(Wording.placeAndDate(null, LocalDate.of(2023, 12, 1))).isEqualTo("Ngày 01 tháng 12 năm 2023");
    }

    @Test
    void takesTheHeaderFromTheAgencyRecordWithoutRepeatingTheProvince() {
        Letterhead bacGiang = Letterhead.of(new Agency(1, "Sở Khoa học và Công nghệ tỉnh Bắc Giang",
                "UBND tỉnh Bắc Giang", "KHCN", "Bắc Giang", 0));
        assertThat(bacGiang.parentLine()).isEqualTo("UBND TỈNH BẮC GIANG");
        assertThat(bacGiang.agencyLine()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(bacGiang.agencyName()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(bacGiang.blankNumber("BC")).isEqualTo("Số:        /BC-KHCN");
        Letterhead bacKan = Letterhead.of(new Agency(2, "Sở Khoa học và Công nghệ", "UBND tỉnh Bắc Kạn", "SKHCN",
                "Bắc Kạn", 0));
        assertThat(bacKan.symbol("BC")).isEqualTo("BC-SKHCN");
        assertThat(bacKan.agencyLine()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        Letterhead bare = Letterhead.of(new Agency(3, "Sở Khoa học và Công nghệ", null, null, null, 0));
        assertThat(bare.parentLine()).isNull();
        assertThat(bare.blankNumber("TB")).isEqualTo("Số:        /TB");
    }

    @Test
    void dropsCharactersXmlCannotHoldAndKeepsVietnameseAndLineBreaks() {
        assertThat(CleanText.of("Rà soát\u0001 thủ\u000B tục\u001F\r\nhành chính\u0000 \uD83D\uDE00"))
                .isEqualTo("Rà soát thủ tục\nhành chính \uD83D\uDE00");
        assertThat(CleanText.of("lone \uD800 surrogate \uFFFE")).isEqualTo("lone  surrogate ");
        String clean = "Đã thực hiện (hoàn thành)";
        assertThat(CleanText.of(clean)).isSameAs(clean);
    }

    @Test
    void measuresTextWithTheWidthsOfTimesNewRomanIncludingTheVietnameseHornLetters() {
        assertThat(TextWidth.twips("Hạnh phúc", true, 10)).isEqualTo(TextWidth.twips("Hanh phuc", true, 10));
        assertThat(TextWidth.twips("ư", false, 1)).isEqualTo(20 * 0.542, org.assertj.core.data.Offset.offset(0.01));
        assertThat(TextWidth.twips("Ơ", true, 1)).isEqualTo(20 * 0.778, org.assertj.core.data.Offset.offset(0.01));
        assertThat(TextWidth.twips("Độc lập - Tự do - Hạnh phúc", true, 14) / 20 * 25.4 / 72).isBetween(60.0, 61.0);
    }

    @Test
    void continuesASentenceWithTheSummaryInLowerCaseUnlessItOpensWithAnAbbreviation() {
        assertThat(Wording.continuing("Kết luận của Giám đốc Sở")).isEqualTo("kết luận của Giám đốc Sở");
        assertThat(Wording.continuing("UBND tỉnh giao")).isEqualTo("UBND tỉnh giao");
        assertThat(Wording.sentence("Thực hiện trong năm 2020")).isEqualTo("Thực hiện trong năm 2020.");
        assertThat(Wording.sentence("Xong./.")).isEqualTo("Xong./.");
    }
}
