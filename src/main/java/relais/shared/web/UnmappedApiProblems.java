package relais.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no API controller at all (unknown path, wrong method, wrong body type) still get an RFC 9457
 * problem under /api; elsewhere the web UI's error page answers.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiProblems {

    private final org.springframework.context.MessageSource messages;

    UnmappedApiProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        return apiOnly(request, e, HttpStatus.NOT_FOUND, "notFound", say("noPath", request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) throws Exception {
        return apiOnly(request, e, HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed",
                say("methodNotAllowed", request.getMethod(), String.valueOf(e.getSupportedHttpMethods())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongBodyType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) throws Exception {
        return apiOnly(request, e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupportedMediaType", say("unsupportedMediaType"));
    }

    private String say(String detail, Object... args) {
        return messages.getMessage("problem.detail." + detail, args, detail,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private ResponseEntity<ProblemDetail> apiOnly(HttpServletRequest request, Exception e, HttpStatus status,
            String title, String detail) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(messages.getMessage("problem.title." + title, null, status.getReasonPhrase(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
