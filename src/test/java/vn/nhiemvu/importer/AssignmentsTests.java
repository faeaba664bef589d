package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a task is given to and where its own words start (GOLD-FORMAT.md §3, §6). */
class AssignmentsTests {

    private static Assignments.Parsed lead(String text) {
        return Assignments.lead(text, true, true);
    }

    private static String content(String text) {
        return text.substring(lead(text).contentStart());
    }

    @Test
    void readsGiaoXChủTrìPhốiHợpVớiY() {
        String text = "Giao Phòng Quản lý Khoa học và Công nghệ cơ sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở "
                + "nghiên cứu tham mưu ban hành quy định.";

        assertThat(lead(text).lead()).isEqualTo("Phòng Quản lý Khoa học và Công nghệ cơ sở");
        assertThat(Assignments.support(text)).containsExactly("các phòng, đơn vị trực thuộc Sở");
        assertThat(content(text)).startsWith("nghiên cứu tham mưu ban hành");
    }

    @Test
    void splitsJointLeadsAndCoordinatingUnitsOnlyBetweenUnits() {
        String joint = "Giao Phòng Quản lý Khoa học, Phòng Quản lý Khoa học và Công nghệ cơ sở khảo sát, đánh giá thực trạng.";
        assertThat(lead(joint).lead()).isEqualTo("Phòng Quản lý Khoa học");
        assertThat(lead(joint).coLeads()).containsExactly("Phòng Quản lý Khoa học và Công nghệ cơ sở");
        assertThat(content(joint)).startsWith("khảo sát, đánh giá");

        assertThat(Assignments.support("Phối hợp với Liên hiệp các Hội khoa học và kỹ thuật tỉnh, Sở Thông tin và Truyền thông "
                + "nghiên cứu tham mưu.")).containsExactly("Liên hiệp các Hội khoa học và kỹ thuật tỉnh", "Sở Thông tin và Truyền thông");
        assertThat(Assignments.support("Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở tăng cường thanh tra; "
                + "chủ động phối hợp với các ngành xây dựng kế hoạch.")).containsExactly("các phòng, đơn vị trực thuộc Sở", "các ngành");
        assertThat(Assignments.support("phối hợp với các sở, ban, ngành, UBND các huyện triển khai"))
                .containsExactly("các sở, ban, ngành", "UBND các huyện");
    }

    @Test
    void readsANamedPersonWithoutTheHonorific() {
        String text = "Giao đồng chí Triệu Ngọc Trung, Phó Giám đốc Sở chỉ đạo Thanh tra Sở chuẩn bị báo cáo tham luận.";

        Assignments.Parsed parsed = lead(text);
        assertThat(parsed.lead()).isEqualTo("Triệu Ngọc Trung, Phó Giám đốc Sở");
        assertThat(parsed.person()).isTrue();
        assertThat(content(text)).startsWith("chỉ đạo Thanh tra Sở");
        assertThat(Assignments.support(text)).isEmpty();
    }

    @Test
    void readsASubjectARequestAndALeadAfterATopicLabel() {
        assertThat(lead("Trưởng các phòng, đơn vị quán triệt, tuyên truyền đến toàn thể cán bộ.").lead())
                .isEqualTo("Trưởng các phòng, đơn vị");
        assertThat(content("Trưởng các phòng, đơn vị quán triệt, tuyên truyền.")).startsWith("quán triệt");
        assertThat(lead("Yêu cầu Ban chấp hành Công đoàn chuẩn bị các điều kiện chu đáo.").lead())
                .isEqualTo("Ban chấp hành Công đoàn");
        assertThat(lead("UBND các huyện, thành phố phối hợp triển khai các nội dung trên địa bàn.").lead())
                .isEqualTo("UBND các huyện, thành phố");
        assertThat(lead("Sở Tài chính: Thẩm định, tham mưu bố trí kinh phí.").lead()).isEqualTo("Sở Tài chính");
        String topic = "Đối với nội dung tham gia Liên hoan văn nghệ, giao đồng chí Triệu Ngọc Trung, Phó Giám đốc Sở trực tiếp chỉ đạo.";
        assertThat(lead(topic).lead()).isEqualTo("Triệu Ngọc Trung, Phó Giám đốc Sở");
        assertThat(content(topic)).startsWith("Đối với nội dung");
        assertThat(lead("Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí.").lead()).isNull();
        assertThat(Assignments.inSentence("Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí.").lead())
                .isEqualTo("Sở Tài chính");
    }

    @Test
    void skipsChủTrìAndPhốiHợpWithoutALead() {
        assertThat(content("Chủ trì, tham mưu lãnh đạo Sở thực hiện các thủ tục.")).startsWith("tham mưu lãnh đạo Sở");
        assertThat(content("Chủ trì, phối hợp với các cơ quan liên quan tổ chức 05 cuộc thanh tra."))
                .startsWith("tổ chức 05 cuộc thanh tra");
        assertThat(content("Phối hợp với Phòng Quản lý khoa học, Thanh tra Sở rà soát lại thẩm quyền."))
                .startsWith("rà soát lại thẩm quyền");
        assertThat(lead("Phối hợp với Phòng Quản lý khoa học rà soát.").lead()).isNull();
    }

    @Test
    void doesNotTakeTheObjectOfLàmViệcVớiOrTheOwnerOfAProjectAsSupportOrLead() {
        assertThat(Assignments.support("Tham mưu lãnh đạo Sở làm việc với Ban Quản lý các KCN tỉnh trong việc phối hợp xem xét."))
                .isEmpty();
        assertThat(lead("Hợp Hội đồng tư vấn nghiệm thu 02 đề tài do Trung tâm Ứng dụng KH&CN chủ trì.").lead()).isNull();
    }

    @Test
    void readsAnEnumerationWhoseElementsNameTheirOwnLeads() {
        assertThat(Assignments.enumeration("Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì.")).hasSize(2);
        assertThat(Assignments.enumeration("Nghiệm thu đề tài do Trung tâm Ứng dụng KH&CN chủ trì.")).isEmpty();
    }

    @Test
    void readsTheLeadOfAHeading() {
        assertThat(Assignments.headingLead("Giao Phòng Kế hoạch Tài chính")).isEqualTo("Phòng Kế hoạch Tài chính");
        assertThat(Assignments.headingLead("Đối với Văn phòng Sở")).isEqualTo("Văn phòng Sở");
        assertThat(Assignments.headingLead("Đối với các phòng, đơn vị")).isEqualTo("các phòng, đơn vị");
        assertThat(Assignments.headingLead("Đối với nội dung tổ chức học tập kinh nghiệm")).isNull();
        assertThat(Assignments.headingLead("Hoạt động tiêu chuẩn đo lường chất lượng")).isNull();
    }
}
