package relais.guard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import relais.guard.DirectWorkAnswer;
import relais.guard.Explanation;
import relais.guard.PersonRef;
import relais.guard.Verdict;
import relais.guard.VerdictTexts;
import relais.guard.Voice;

/**
 * The verdict as the API contract states it, with every text rendered in the request's language. {@code headline}
 * (the one-sentence answer) and each line's {@code data} are additions the contract allows.
 */
public record VerdictJson(String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
        PersonRef person, List<Line> reasons, List<Line> cautions, String headline) {

    @Schema(name = "VerdictLine")
    public record Line(String code, String text,
            @Schema(description = "The facts behind the line, by name (they differ from one code to another)")
            Map<String, Object> data) {
    }

    /** The verdict as its freelancer reads it (second person). */
    public static VerdictJson of(DirectWorkAnswer answer, VerdictTexts texts, Locale locale) {
        return of(answer, texts, locale, Voice.SECOND_PERSON);
    }

    /** The verdict to the freelancer, or about them by name for anyone else. */
    public static VerdictJson of(DirectWorkAnswer answer, VerdictTexts texts, Locale locale, Voice voice) {
        Verdict verdict = answer.verdict();
        return new VerdictJson(verdict.kind().name(), verdict.protectedUntil(), verdict.openEnded(),
                verdict.freeFrom(), answer.person(), lines(verdict.reasons(), texts, locale, voice),
                lines(verdict.cautions(), texts, locale, voice), texts.headline(verdict, locale, voice));
    }

    private static List<Line> lines(List<Explanation> explanations, VerdictTexts texts, Locale locale, Voice voice) {
        return explanations.stream().map(e -> new Line(e.code(), texts.text(e, locale, voice), e.data())).toList();
    }
}
