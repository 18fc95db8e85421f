package relais.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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

    private final org.springframework.context.MessageSource messages;

    public ApiProblems(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(invalidInput(e.problems().stream().map(p -> p.in(messages, locale)).toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        body.setTitle("Conflict");
        if (e.field() != null) {
            body.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This record already exists.");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "The change clashes with existing records.");
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.message(messages, locale));
        body.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your account may not do this.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error answered as 500", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was changed. Please try again.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        return ResponseEntity.badRequest().body(invalidInput(List.of(
                new FieldProblem(e.getName(), "'" + e.getValue() + "' is not " + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidInput(List.of(new FieldProblem(e.getParameterName(), "is required"))));
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

    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException format) {
            String expected = format.getTargetType() == null ? "of the right type" : describe(format.getTargetType());
            return invalidInput(List.of(new FieldProblem(path(format), "'" + format.getValue() + "' is not " + expected)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "of the right type" : describe(mismatch.getTargetType());
            return invalidInput(List.of(new FieldProblem(path(mismatch), "has the wrong type: expected " + expected)));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return invalidInput(List.of(new FieldProblem(path(jackson), jackson.getOriginalMessage())));
        }
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON" + (cause instanceof JacksonException j ? ": " + j.getOriginalMessage() : "."));
        body.setTitle("Malformed request");
        return body;
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

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            var values = new ArrayList<String>();
            for (Object constant : type.getEnumConstants()) {
                values.add(constant.toString());
            }
            return "one of " + String.join(", ", values);
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date in the form YYYY-MM-DD";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "List", "Set" -> "a list";
            case "String" -> "a string";
            default -> "a valid " + type.getSimpleName();
        };
    }

    public static ProblemDetail invalidInput(List<FieldProblem> problems) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
        body.setTitle("Invalid input");
        body.setType(URI.create("about:blank"));
        body.setProperty("errors", problems);
        return body;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
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
