package relais.shared.web;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Input the API refuses, as a 400 problem naming each field and why: the modules' own checks, and what Spring MVC
 * finds wrong before a controller runs (a missing parameter, a failed {@code @Valid}, an unreadable body, a value of
 * the wrong type). Spring MVC's other exceptions keep its own RFC 9457 answers. Ordered before {@link ApiProblems},
 * whose catch-all would otherwise answer these.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class InputProblems extends ResponseEntityExceptionHandler {

    private final ProblemAnswers answers;

    InputProblems(ProblemAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(answers.invalidInput(e.problems()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        // An id converter refuses a malformed id as an unknown thing, like a lookup that finds nothing.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException notFound) {
                return answers.notFound(notFound);
            }
        }
        return ResponseEntity.badRequest().body(answers.invalidInput(
                List.of(WrongTypes.wrongType(e.getName(), e.getValue(), e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(answers.invalidInput(List.of(
                new FieldProblem(e.getParameterName(), "is required", FieldProblem.REQUIRED, null))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(answers.invalidInput(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException format) {
            return answers.invalidInput(List.of(
                    WrongTypes.wrongType(WrongTypes.path(format), format.getValue(), format.getTargetType())));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return answers.invalidInput(List.of(
                    WrongTypes.wrongType(WrongTypes.path(mismatch), null, mismatch.getTargetType())));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return answers.invalidInput(List.of(new FieldProblem(WrongTypes.path(jackson),
                    "cannot be read: " + jackson.getOriginalMessage(), "validation.type.unreadable", null)));
        }
        return answers.body(HttpStatus.BAD_REQUEST, "malformed",
                answers.say("problem.detail.malformed", "The request body is not valid JSON."));
    }
}
