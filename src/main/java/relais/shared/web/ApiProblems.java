package relais.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import relais.shared.ConflictException;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import relais.shared.TooManyRequestsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Every API error leaves as an RFC 9457 problem; invalid input names each field and why. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(invalidInput(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        // The English detail names what was looked for; other readers get the same fact in their language.
        String detail = "en".equals(locale().getLanguage()) ? e.getMessage() : say("problem.detail.notFound", e.getMessage());
        return problem(HttpStatus.NOT_FOUND, "notFound", detail);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        String message = e.message(messages, locale());
        var body = body(HttpStatus.CONFLICT, "conflict", message);
        if (e.field() != null) {
            body.setProperty("errors", List.of(new FieldProblem(e.field(), message)));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "conflict", say("problem.detail.duplicate", "This record already exists."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "conflict",
                say("problem.detail.integrity", "The change clashes with existing records."));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        var body = body(HttpStatus.TOO_MANY_REQUESTS, "tooMany", e.message(messages, locale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", say("problem.detail.forbidden", "Your account may not do this."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error answered as 500", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", say("problem.detail.internal",
                "Something went wrong on our side; nothing was changed. Please try again."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        // An id converter refuses a malformed id as an unknown thing, like a lookup that finds nothing.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException notFound) {
                return notFound(notFound);
            }
        }
        return ResponseEntity.badRequest().body(invalidInput(List.of(wrongType(e.getName(), e.getValue(), e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(List.of(
                new FieldProblem(e.getParameterName(), "is required", FieldProblem.REQUIRED, null))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException format) {
            return invalidInput(List.of(wrongType(path(format), format.getValue(), format.getTargetType())));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalidInput(List.of(wrongType(path(mismatch), null, mismatch.getTargetType())));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return invalidInput(List.of(new FieldProblem(path(jackson), "cannot be read: " + jackson.getOriginalMessage(),
                    "validation.type.unreadable", null)));
        }
        return body(HttpStatus.BAD_REQUEST, "malformed", say("problem.detail.malformed", "The request body is not valid JSON."));
    }

    /** A value of the wrong type, said with what was expected; an enum lists its values (they are API words). */
    private static FieldProblem wrongType(String field, Object value, Class<?> type) {
        String kind = kind(type);
        String shown = value == null ? "" : String.valueOf(value);
        String values = type != null && type.isEnum() ? enumValues(type) : "";
        String english = (value == null ? "has the wrong type" : "'" + shown + "' is not valid") + " (expected: "
                + (values.isEmpty() ? kind : "one of " + values) + ")";
        return new FieldProblem(field, english, "validation.type." + kind + (value == null ? ".noValue" : ""),
                new Object[] {shown, values});
    }

    private static String path(JacksonException e) {
        var parts = new ArrayList<String>();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                parts.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                parts.add("[" + reference.getIndex() + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static String enumValues(Class<?> type) {
        var values = new ArrayList<String>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "other";
        }
        if (type.isEnum()) {
            return "choice";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date";
            case "Integer", "int", "Long", "long" -> "whole";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "List", "Set" -> "list";
            case "String" -> "text";
            default -> "other";
        };
    }

    /** A 400 answer listing each field problem, in the reader's language. */
    public ProblemDetail invalidInput(List<FieldProblem> problems) {
        Locale locale = locale();
        var said = problems.stream().map(p -> p.in(messages, locale)).toList();
        var body = body(HttpStatus.BAD_REQUEST, "invalid",
                said.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b)
                        .orElse(say("problem.title.invalid", "Invalid input")));
        body.setType(URI.create("about:blank"));
        body.setProperty("errors", said);
        return body;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(status, title, detail));
    }

    /** A problem whose title, like its detail, is in the reader's language (problem.title.*). */
    private ProblemDetail body(HttpStatus status, String title, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(say("problem.title." + title, status.getReasonPhrase()));
        return body;
    }

    private String say(String key, String english) {
        return messages.getMessage(key, null, english, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** For filters that answer before any controller runs (authentication, throttling). */
    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, title, detail));
    }

    /** The problem document itself, for writers that have no servlet response to hand (the container's valves). */
    public static String json(HttpStatus status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":" + quote(title) + ",\"status\":" + status.value()
                + ",\"detail\":" + quote(detail) + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
