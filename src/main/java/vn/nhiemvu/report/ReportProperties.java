package vn.nhiemvu.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of reports ({@code nhiemvu.report.*}).
 *
 * @param soffice          the LibreOffice program that converts DOCX to PDF (default {@code soffice} on the PATH)
 * @param pdfTimeout       how long one conversion may take before it is stopped (default 60 s)
 * @param pdfConcurrency   how many conversions run at once, each with its own LibreOffice profile (default 2)
 * @param maxRows          the most tasks one report lists (default 50,000)
 */
@ConfigurationProperties("nhiemvu.report")
public record ReportProperties(String soffice, Duration pdfTimeout, Integer pdfConcurrency, Integer maxRows) {

    public ReportProperties {
        soffice = soffice == null || soffice.isBlank() ? "soffice" : soffice.strip();
        pdfTimeout = pdfTimeout == null ? Duration.ofSeconds(60) : pdfTimeout;
        pdfConcurrency = pdfConcurrency == null || pdfConcurrency < 1 ? 2 : pdfConcurrency;
        maxRows = maxRows == null || maxRows < 1 ? 50_000 : maxRows;
    }
}
