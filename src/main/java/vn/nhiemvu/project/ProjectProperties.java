package vn.nhiemvu.project;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules that differ between provinces (§7), with the spec's defaults ({@code nhiemvu.project.*}).
 *
 * @param ratingScales the acceptance ratings a council may give, per level, best first (§2 "Xếp loại"); default
 *                     the national scale (TT 11/2014) for national and ministry level, the four-step provincial scale,
 *                     and "Đạt yêu cầu" for grassroots
 * @param passingRatings the ratings with the {@code dat} flag: the project passes (§4.4)
 * @param extension limits of an extension of the execution time (§4.3)
 * @param dossierDays days after the (extended) end date within which the acceptance dossier is due (default 90)
 * @param registrationDays days after the acceptance within which the results must be registered (TT 14/2014: 30)
 * @param periodicReportMonths months between the principal investigator's periodic reports (default 6)
 * @param ineligibleYears years during which a principal investigator or host whose project failed acceptance may
 *                        not be approved for a new one (default 2)
 * @param programmes the programmes a project may belong to (§2, a free list); labels {@code project.programme.*}
 * @param signers typical signer per document kind and level ({@code DEFAULT} or a level name), §4.1 and §7
 * @param codePattern the format of a generated mã số: {@code {year}} and {@code {seq}} (3 digits)
 * @param terminationCases the cases in which a project may be stopped (TT 05/2014 model contract, Điều 5)
 * @param mergeHumanities whether figures merge field 6 (Khoa học nhân văn) into 5 (Khoa học xã hội), as reports do
 * @param inspectionTargets projects planned for inspection per year, for "% kế hoạch" (§6)
 * @param midTermTargets projects planned for a mid-term review per year, for "% kế hoạch" (§6)
 * @param maxFileBytes the largest file accepted with a document (default 20 MB)
 * @param transitionsFromCoManagedAreAdvisory for projects the Department only co-manages or follows, a failed guard
 *                                            is recorded as a warning instead of refusing (§4.2); default on
 * @param reminderDays how many days ahead the people of a project are told that something is due (default 7)
 */
@ConfigurationProperties("nhiemvu.project")
public record ProjectProperties(Map<ProjectLevel, List<String>> ratingScales, List<String> passingRatings,
        Extension extension, Integer dossierDays, Integer registrationDays, Integer periodicReportMonths,
        Integer ineligibleYears, List<String> programmes, Map<DocumentKind, Map<String, String>> signers,
        String codePattern, Set<TerminationCase> terminationCases, Boolean mergeHumanities,
        Map<Integer, Integer> inspectionTargets, Map<Integer, Integer> midTermTargets, Long maxFileBytes, Boolean transitionsFromCoManagedAreAdvisory,
        Integer reminderDays) {

    /**
     * Extension of the execution time (gia hạn): national default once only, at most 12 months for projects of
     * 24 months or more and 6 months for shorter ones, requested before the end date (§4.3).
     *
     * @param maxCount how many extensions a project may get
     * @param longProjectMonths from how many months a project counts as long
     * @param maxMonthsLong the longest extension of a long project
     * @param maxMonthsShort the longest extension of a shorter one
     * @param leadDays how many days before the end date the request must be dated at the latest
     */
    public record Extension(Integer maxCount, Integer longProjectMonths, Integer maxMonthsLong, Integer maxMonthsShort,
            Integer leadDays) {

        public Extension {
            maxCount = maxCount == null ? 1 : maxCount;
            longProjectMonths = longProjectMonths == null ? 24 : longProjectMonths;
            maxMonthsLong = maxMonthsLong == null ? 12 : maxMonthsLong;
            maxMonthsShort = maxMonthsShort == null ? 6 : maxMonthsShort;
            leadDays = leadDays == null ? 0 : leadDays;
        }
    }

    public ProjectProperties {
        ratingScales = ratingScales == null || ratingScales.isEmpty() ? defaultScales() : new EnumMap<>(ratingScales);
        passingRatings = passingRatings == null ? List.of("XUAT_SAC", "KHA", "DAT", "DAT_YEU_CAU") : passingRatings;
        extension = extension == null ? new Extension(null, null, null, null, null) : extension;
        dossierDays = dossierDays == null ? 90 : dossierDays;
        registrationDays = registrationDays == null ? 30 : registrationDays;
        periodicReportMonths = periodicReportMonths == null ? 6 : periodicReportMonths;
        ineligibleYears = ineligibleYears == null ? 2 : ineligibleYears;
        programmes = programmes == null ? List.of("NTMN", "SHTT", "NTM") : programmes;
        signers = merge(defaultSigners(), signers);
        codePattern = codePattern == null || codePattern.isBlank() ? "NV-{year}-{seq}" : codePattern;
        terminationCases = terminationCases == null || terminationCases.isEmpty()
                ? EnumSet.allOf(TerminationCase.class) : EnumSet.copyOf(terminationCases);
        mergeHumanities = mergeHumanities == null || mergeHumanities;
        inspectionTargets = inspectionTargets == null ? Map.of() : Map.copyOf(inspectionTargets);
        midTermTargets = midTermTargets == null ? Map.of() : Map.copyOf(midTermTargets);
        maxFileBytes = maxFileBytes == null ? 20L * 1024 * 1024 : maxFileBytes;
        transitionsFromCoManagedAreAdvisory = transitionsFromCoManagedAreAdvisory == null
                || transitionsFromCoManagedAreAdvisory;
        reminderDays = reminderDays == null ? 7 : reminderDays;
    }

    /** Defaults for tests and tools that build the rules without Spring. */
    public static ProjectProperties defaults() {
        return new ProjectProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public List<String> scale(ProjectLevel level) {
        return ratingScales.getOrDefault(level, ratingScales.getOrDefault(ProjectLevel.TINH, List.of()));
    }

    public boolean passes(String rating) {
        return rating != null && passingRatings.contains(rating);
    }

    /** The typical signer of a document for a level, or null when the province set none. */
    public String signer(DocumentKind kind, ProjectLevel level) {
        Map<String, String> byLevel = signers.get(kind);
        if (byLevel == null) {
            return null;
        }
        return byLevel.getOrDefault(level.name(), byLevel.get("DEFAULT"));
    }

    private static Map<ProjectLevel, List<String>> defaultScales() {
        Map<ProjectLevel, List<String>> scales = new EnumMap<>(ProjectLevel.class);
        scales.put(ProjectLevel.QUOC_GIA, List.of("XUAT_SAC", "DAT", "KHONG_DAT"));
        scales.put(ProjectLevel.BO, List.of("XUAT_SAC", "DAT", "KHONG_DAT"));
        scales.put(ProjectLevel.TINH, List.of("XUAT_SAC", "KHA", "DAT", "KHONG_DAT"));
        scales.put(ProjectLevel.CO_SO, List.of("XUAT_SAC", "KHA", "DAT_YEU_CAU", "KHONG_DAT"));
        return scales;
    }

    // The authority matrix of §4.1 and §4.3; names of offices are data, as the issuers of the task module are.
    private static Map<DocumentKind, Map<String, String>> defaultSigners() {
        String chairman = "Chủ tịch UBND tỉnh";
        String director = "Giám đốc Sở KH&CN";
        String ministry = "Bộ Khoa học và Công nghệ";
        Map<DocumentKind, Map<String, String>> m = new EnumMap<>(DocumentKind.class);
        m.put(DocumentKind.QD_PHE_DUYET_DANH_MUC, Map.of("DEFAULT", chairman, "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_PHE_DUYET_CHU_TRI, Map.of("DEFAULT", chairman, "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_PHE_DUYET_NHIEM_VU, Map.of("DEFAULT", chairman, "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.HOP_DONG, Map.of("DEFAULT", "Sở KH&CN, tổ chức chủ trì và chủ nhiệm"));
        m.put(DocumentKind.BB_HD_NGHIEM_THU, Map.of("DEFAULT", "Chủ tịch Hội đồng"));
        m.put(DocumentKind.BB_THANH_LY, Map.of("DEFAULT", "Sở KH&CN"));
        m.put(DocumentKind.QD_THU_HOI, Map.of("DEFAULT", "UBND tỉnh", "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_DUNG, Map.of("DEFAULT", chairman, "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_CHAM_DUT, Map.of("DEFAULT", chairman, "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_CONG_NHAN, Map.of("DEFAULT", "UBND tỉnh", "CO_SO", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.GCN_DANG_KY, Map.of("DEFAULT", "Sở KH&CN", "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_GIA_HAN, Map.of("DEFAULT", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_THAY_DOI, Map.of("DEFAULT", director, "QUOC_GIA", ministry));
        m.put(DocumentKind.QD_DIEU_CHINH, Map.of("DEFAULT", director, "QUOC_GIA", ministry));
        return m;
    }

    private static Map<DocumentKind, Map<String, String>> merge(Map<DocumentKind, Map<String, String>> defaults,
            Map<DocumentKind, Map<String, String>> configured) {
        Map<DocumentKind, Map<String, String>> merged = new EnumMap<>(DocumentKind.class);
        defaults.forEach((kind, byLevel) -> merged.put(kind, new HashMap<>(byLevel)));
        if (configured != null) {
            configured.forEach((kind, byLevel) -> merged.computeIfAbsent(kind, k -> new HashMap<>()).putAll(byLevel));
        }
        return merged;
    }
}
