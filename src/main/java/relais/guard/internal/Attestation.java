package relais.guard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import relais.account.Role;
import relais.guard.DirectWorkAnswer;
import relais.guard.Explanation;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.VerdictTexts;
import relais.guard.Voice;
import relais.guard.engine.PolicyVersion;

/**
 * A verdict turned into a dated record: who asked, about which freelancer, about whom as the asker could name them,
 * the day asked about, the verdict with its dates and its sentences, and the policy version in force that day. It is
 * written once and never changes (the database refuses it), so it says what was true on the day it was issued
 * whatever facts are recorded later.
 *
 * <p>The sentences are rendered on the day in both languages, about the freelancer by name (an attestation is read by
 * others than the freelancer), so every reader gets them in their language and they still never change.
 *
 * @param personName      the person as the verdict named them; null when the asker may not know who it is
 * @param askedAboutEmail the address the asker typed, when the question was an address
 * @param language        the asker's language: the one of the PDF
 */
public record Attestation(UUID id, Instant issuedAt, LocalDate issuedOn, LocalDate on, String language, Asker asker,
        UUID freelancerId, String freelancerName, String personName, String askedAboutEmail, VerdictKind verdict,
        LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom, Policy policy,
        Map<String, Statement> statements) {

    /** The languages every attestation is said in. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public Attestation {
        statements = Map.copyOf(statements);
        if (!statements.keySet().containsAll(LANGUAGES)) {
            throw new IllegalArgumentException("An attestation is said in French and English");
        }
    }

    /** Who asked for it, as the attestation names them. */
    public record Asker(UUID accountId, String name, Role role) {
    }

    /** The policy version in force on the day asked about; null fields never, the record itself may be null. */
    public record Policy(int number, LocalDate effectiveFrom, int protectionMonths) {
    }

    /** The verdict's sentences in one language. */
    public record Statement(String verdictLabel, String headline, List<Line> reasons, List<Line> cautions) {

        public Statement {
            reasons = List.copyOf(reasons);
            cautions = List.copyOf(cautions);
        }
    }

    /** One reason or caution: its code and its sentence. Never its data, which may hold ids. */
    public record Line(String code, String text) {
    }

    /** What the attestation is made from: the question's answer as the asker received it, and its context. */
    public record Request(Asker asker, UUID freelancerId, String freelancerName, LocalDate on, String askedAboutEmail,
            DirectWorkAnswer answer, PolicyVersion policyInForce, Locale language) {
    }

    /**
     * The attestation of an answer, issued now. The person is named only when the answer named them: whatever the
     * verdict API hides from the asker, the attestation hides too.
     */
    public static Attestation of(UUID id, Instant issuedAt, LocalDate issuedOn, Request request, VerdictTexts texts) {
        Verdict verdict = request.answer().verdict();
        String personName = request.answer().person() == null ? null : request.answer().person().fullName();
        Voice voice = Voice.about(request.freelancerName());
        Map<String, Statement> statements = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            statements.put(language, new Statement(texts.label(verdict.kind(), locale),
                    texts.headline(verdict, locale, voice), lines(verdict.reasons(), texts, locale, voice),
                    lines(verdict.cautions(), texts, locale, voice)));
        }
        PolicyVersion inForce = request.policyInForce();
        Policy policy = inForce == null ? null
                : new Policy(inForce.number(), inForce.effectiveFrom(), inForce.protectionMonths());
        return new Attestation(id, issuedAt, issuedOn, request.on(), supported(request.language()), request.asker(),
                request.freelancerId(), request.freelancerName(), personName, request.askedAboutEmail(),
                verdict.kind(), verdict.protectedUntil(), verdict.openEnded(), verdict.freeFrom(), policy, statements);
    }

    /** The sentences in the reader's language (French unless English is asked for). */
    public Statement statement(Locale reader) {
        return statements.get(supported(reader));
    }

    /** Whether the account asked for it. */
    public boolean askedBy(UUID accountId) {
        return asker.accountId().equals(accountId);
    }

    private static List<Line> lines(List<Explanation> explanations, VerdictTexts texts, Locale locale, Voice voice) {
        return explanations.stream().map(e -> new Line(e.code(), texts.text(e, locale, voice))).toList();
    }

    private static String supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
    }
}
