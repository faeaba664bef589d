package vn.nhiemvu.report.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.report.Numbering;
import vn.nhiemvu.report.PeriodicReport;
import vn.nhiemvu.report.ReportSettings;
import vn.nhiemvu.report.ReportTemplate;
import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.report.SectionKind;
import vn.nhiemvu.report.TemplateSectionDraft;
import vn.nhiemvu.shared.Refused;

/** The forms of the periodic report pages, bound as records. */
final class PeriodicReportForms {

    private PeriodicReportForms() {
    }

    /**
     * A new report: a template and a period by kind, year and number (month or quarter), or two dates for a custom
     * one; the as-of date, the period's cut-off when empty.
     */
    record CreateForm(Long templateId, ReportingPeriod.Kind kind, Integer year, Integer number,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

        static CreateForm empty(LocalDate today) {
            ReportingPeriod current = ReportingPeriod.containing(ReportingPeriod.Kind.QUARTER, today);
            return new CreateForm(null, ReportingPeriod.Kind.QUARTER, current.year(), current.number(), null, null,
                    null);
        }

        ReportingPeriod period() {
            return period(kind, year, number, from, to);
        }

        static ReportingPeriod period(ReportingPeriod.Kind kind, Integer year, Integer number, LocalDate from,
                LocalDate to) {
            if (kind == null) {
                throw Refused.invalid("report.periodic.kind.required");
            }
            if (kind == ReportingPeriod.Kind.CUSTOM) {
                return ReportingPeriod.custom(from, to);
            }
            if (year == null) {
                throw Refused.invalid("report.period.year.invalid");
            }
            return ReportingPeriod.of(kind, year, number == null ? 0 : number);
        }
    }

    /** A unit's text, the version it was read at, and whether to save it as a draft or submit it. */
    record ContributionForm(String text, Integer version, String action) {

        static ContributionForm of(PeriodicReport.Section section) {
            return new ContributionForm(section.body() == null ? "" : section.body(), section.version(), "save");
        }

        boolean submit() {
            return "submit".equals(action);
        }
    }

    record TemplateForm(String name, String subject, Numbering numbering, int version) {

        static TemplateForm of(ReportTemplate template) {
            return new TemplateForm(template.name(), template.subject(), template.numbering(), template.version());
        }
    }

    /** A template section; {@code issuers} one name a line; {@code after} the section it follows (none: first). */
    record SectionForm(Integer depth, String heading, SectionKind kind, Long unitId, String prompt, String issuers,
            Long after, int version) {

        static SectionForm blank(ReportTemplate template) {
            Long last = template.sections().isEmpty() ? null
                    : template.sections().get(template.sections().size() - 1).id();
            return new SectionForm(3, "", SectionKind.WRITTEN, null, "", "", last, template.version());
        }

        static SectionForm of(ReportTemplate template, ReportTemplate.Section section) {
            return new SectionForm(section.depth(), section.heading(), section.kind(), section.unitId(),
                    section.prompt(), String.join("\n", section.issuers()), null, template.version());
        }

        TemplateSectionDraft draft() {
            List<String> names = issuers == null ? List.of() : List.of(issuers.split("\\R"));
            return new TemplateSectionDraft(depth == null ? 0 : depth, heading, kind, unitId, prompt, names);
        }
    }

    record SettingsForm(String signerTitle, String signerName, String recipients, int version) {

        static SettingsForm of(ReportSettings settings) {
            return new SettingsForm(String.join("\n", settings.signerTitle()), settings.signerName(),
                    String.join("\n", settings.recipients()), settings.version());
        }
    }
}
