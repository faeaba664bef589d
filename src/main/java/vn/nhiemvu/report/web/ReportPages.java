package vn.nhiemvu.report.web;

import java.util.Locale;

/** What the report pages share. */
final class ReportPages {

    /** Documents and the API speak Vietnamese whatever the page's language. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportPages() {
    }
}
