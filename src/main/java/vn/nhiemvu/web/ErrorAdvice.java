package vn.nhiemvu.web;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.shared.Refused;

/**
 * Errors the same way everywhere: the API answers RFC 9457 problem+json with a Vietnamese detail; a
 * page gets the Vietnamese error page of its status (templates/error).
 */
@ControllerAdvice
class ErrorAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refused(Refused refused, NativeWebRequest request) throws IOException {
        HttpStatus status = switch (refused.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, STALE -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
        };
        if (refused.kind() == Refused.Kind.STALE && request.getHeader(HttpHeaders.IF_MATCH) != null) {
            status = HttpStatus.PRECONDITION_FAILED;
        }
        String detail = messages.getMessage(refused.messageKey(), refused.arguments(), locale(request));
        return respond(status, detail, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error on {}", request.getDescription(false), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("error.500.detail", null,
                locale(request)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        String detail = e.getBindingResult().getAllErrors().stream()
                .map(error -> (error instanceof FieldError field ? field.getField() + ": " : "")
                        + messages.getMessage(error, locale))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (!isApi(servletRequest)) {
            sendError((NativeWebRequest) request, status.value());
            return null;
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setTitle(title(status.value(), locale(request)));
        }
        return response;
    }

    private ResponseEntity<Object> respond(HttpStatus status, String detail, NativeWebRequest request)
            throws IOException {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (!isApi(servletRequest)) {
            servletRequest.setAttribute("nhiemvu.error.detail", detail);
            request.getNativeResponse(HttpServletResponse.class).sendError(status.value(), detail);
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status.value(), locale(request)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void sendError(NativeWebRequest request, int status) {
        try {
            request.getNativeResponse(HttpServletResponse.class).sendError(status);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String title(int status, Locale locale) {
        return messages.getMessage("problem.title." + status, null,
                HttpStatus.valueOf(status).getReasonPhrase(), locale);
    }

    /** The API speaks Vietnamese whatever the browser's locale cookie says. */
    private static Locale locale(WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return isApi(servletRequest) ? SecurityConfiguration.VIETNAMESE
                : org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    static boolean isApi(HttpServletRequest request) {
        return request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
