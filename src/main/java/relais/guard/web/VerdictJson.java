package relais.guard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import relais.guard.DirectWorkAnswer;
import relais.guard.Explanation;
import relais.guard.PersonRef;
import relais.guard.Verdict;
import relais.guard.VerdictTexts;

/**
 * The verdict as the API contract states it, with every text rendered in the request's language. {@code headline}
 * (the one-sentence answer) and each line's {@code data} are additions the contract allows.
 */
public record VerdictJson(String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom,
        PersonRef person, List<Line> reasons, List<Line> cautions, String headline) {

    public record Line(String code, String text, Map<String, Object> data) {
    }

    public static VerdictJson of(DirectWorkAnswer answer, VerdictTexts texts, Locale locale) {
        Verdict verdict = answer.verdict();
        return new VerdictJson(verdict.kind().name(), verdict.protectedUntil(), verdict.openEnded(),
                verdict.freeFrom(), answer.person(), lines(verdict.reasons(), texts, locale),
                lines(verdict.cautions(), texts, locale), texts.headline(verdict, locale));
    }

    private static List<Line> lines(List<Explanation> explanations, VerdictTexts texts, Locale locale) {
        return explanations.stream().map(e -> new Line(e.code(), texts.text(e, locale), e.data())).toList();
    }
}
