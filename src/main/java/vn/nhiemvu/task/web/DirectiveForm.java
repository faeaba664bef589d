package vn.nhiemvu.task.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveDraft;

record DirectiveForm(
        @NotBlank(message = "{task.directive.reference.required}") @Size(max = 100, message = "{task.directive.reference.size}") String reference,
        @NotNull(message = "{task.directive.issuedOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @NotNull(message = "{task.issuer.required}") Long issuerId,
        @NotBlank(message = "{task.directive.kind.required}") String kind,
        @NotBlank(message = "{task.directive.summary.required}") @Size(max = 2000, message = "{task.directive.summary.size}") String summary,
        Boolean issuedByAgency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
        MultipartFile file,
        int version) {

    static DirectiveForm empty(LocalDate today) {
        return new DirectiveForm("", today, null, "CV", "", false, today, null, 0);
    }

    static DirectiveForm of(Directive directive) {
        return new DirectiveForm(directive.reference(), directive.issuedOn(), directive.issuerId(), directive.kind(),
                directive.summary(), directive.issuedByAgency(), directive.receivedOn(), null, directive.version());
    }

    DirectiveDraft draft() {
        return new DirectiveDraft(reference, issuedOn, issuerId, null, kind, summary, Boolean.TRUE.equals(issuedByAgency),
                receivedOn);
    }
}
