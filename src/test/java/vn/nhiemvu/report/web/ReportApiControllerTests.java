package vn.nhiemvu.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import vn.nhiemvu.report.PdfUnavailable;
import vn.nhiemvu.report.ReportService;

/** Without LibreOffice the API answers 503 with a Vietnamese problem, so that a program can fall back to DOCX. */
class ReportApiControllerTests {

    @Test
    void answersServiceUnavailableWhenThereIsNoLibreOffice() {
        ReportService reports = mock(ReportService.class);
        when(reports.directiveDocument(any(), any(Long.class), any())).thenReturn(null);
        when(reports.directiveFile(any(), any()))
                .thenThrow(new PdfUnavailable("report.pdf.missing", "soffice not found", null));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MockMvcTester mvc = MockMvcTester.create(
                MockMvcBuilders.standaloneSetup(new ReportApiController(reports, messages))
                        .setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver()).build());
        assertThat(mvc.get().uri("/api/v1/directives/7/document?format=pdf"))
                .hasStatus(503)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.detail").asString()
                .startsWith("Chưa tạo được bản PDF: máy chủ chưa cài LibreOffice (soffice).");
    }
}
