package relais.shared.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import relais.shared.ConflictException;
import relais.shared.FieldProblem;
import relais.shared.NotFoundException;
import relais.shared.TooManyRequestsException;

/**
 * Every API error leaves as an RFC 9457 problem. Here: what the domain refuses (unknown things, conflicts, too many
 * requests, access) and, last, anything unexpected; refused input is {@link InputProblems}'s.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ProblemAnswers answers;

    ApiProblems(ProblemAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return answers.notFound(e);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        String message = e.message(answers.messages(), ProblemAnswers.locale());
        var body = answers.body(HttpStatus.CONFLICT, "conflict", message);
        if (e.field() != null) {
            body.setProperty("errors", List.of(new FieldProblem(e.field(), message)));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return answers.problem(HttpStatus.CONFLICT, "conflict",
                answers.say("problem.detail.duplicate", "This record already exists."));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation answered as 409: {}", e.getMostSpecificCause().getMessage());
        return answers.problem(HttpStatus.CONFLICT, "conflict",
                answers.say("problem.detail.integrity", "The change clashes with existing records."));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        var body = answers.body(HttpStatus.TOO_MANY_REQUESTS, "tooMany",
                e.message(answers.messages(), ProblemAnswers.locale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return answers.problem(HttpStatus.FORBIDDEN, "forbidden",
                answers.say("problem.detail.forbidden", "Your account may not do this."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AuthenticationException) {
            throw e;
        }
        log.error("Unexpected error answered as 500", e);
        return answers.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", answers.say("problem.detail.internal",
                "Something went wrong on our side; nothing was changed. Please try again."));
    }
}
