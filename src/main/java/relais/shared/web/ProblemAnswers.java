package relais.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import relais.shared.FieldProblem;
import relais.shared.NotFoundException;

/**
 * The RFC 9457 answers of the API's exception handlers, with title and detail in the reader's language
 * (problem.title.*, problem.detail.*): what {@link InputProblems} and {@link ApiProblems} share.
 */
@Component
class ProblemAnswers {

    private final MessageSource messages;

    ProblemAnswers(MessageSource messages) {
        this.messages = messages;
    }

    /** A 400 answer listing each field problem, in the reader's language. */
    ProblemDetail invalidInput(List<FieldProblem> problems) {
        Locale locale = locale();
        var said = problems.stream().map(p -> p.in(messages, locale)).toList();
        var body = body(HttpStatus.BAD_REQUEST, "invalid",
                said.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b)
                        .orElse(say("problem.title.invalid", "Invalid input")));
        body.setType(URI.create("about:blank"));
        body.setProperty("errors", said);
        return body;
    }

    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        // The English detail names what was looked for; other readers get the same fact in their language.
        String detail = "en".equals(locale().getLanguage()) ? e.getMessage() : say("problem.detail.notFound", e.getMessage());
        return problem(HttpStatus.NOT_FOUND, "notFound", detail);
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(status, title, detail));
    }

    /** A problem whose title, like its detail, is in the reader's language (problem.title.*). */
    ProblemDetail body(HttpStatus status, String title, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(say("problem.title." + title, status.getReasonPhrase()));
        return body;
    }

    String say(String key, String english) {
        return messages.getMessage(key, null, english, locale());
    }

    MessageSource messages() {
        return messages;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
