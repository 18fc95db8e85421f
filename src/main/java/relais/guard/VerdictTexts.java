package relais.guard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;


/**
 * Renders verdicts, explanations and referral assessments as sentences, from the {@code i18n/guard} bundles
 * (French by default, English). Each message key takes positional arguments in the order
 * {@link SentenceShapes} lists; dates arrive pre-formatted ("1er mars 2025", "1 March 2025"), enum values as their
 * label.
 */
public final class VerdictTexts {

    /** The suffix of a key's wording about the freelancer, for readers other than the freelancer. */
    static final String THIRD_PERSON = ".third";

    private final MessageSource messages;

    public VerdictTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** One sentence saying whether the freelancer may work directly with the person, and from or until when. */
    public String headline(Verdict verdict, Locale requested) {
        return headline(verdict, requested, Voice.SECOND_PERSON);
    }

    /**
     * The headline said to the freelancer (second person) or about them (third person, the freelancer's name last
     * among the arguments); a null voice is the second person.
     */
    public String headline(Verdict verdict, Locale requested, Voice voice) {
        Locale locale = supported(requested);
        Voice said = voice == null ? Voice.SECOND_PERSON : voice;
        String name = verdict.personName() != null ? verdict.personName() : message("guard.person.unknown", locale);
        if (verdict.isProtected()) {
            if (verdict.openEnded()) {
                return voiced("guard.verdict.PROTECTED.openEnded", locale, said, name);
            }
            return voiced("guard.verdict.PROTECTED", locale, said, name, date(verdict.protectedUntil(), locale),
                    date(verdict.freeFrom(), locale));
        }
        if (verdict.freeFrom() == null) {
            return voiced("guard.verdict.FREE.never", locale, said, name);
        }
        return releaseThatFreed(verdict)
                .map(release -> voiced("guard.verdict.FREE.released", locale, said, name, date(verdict.freeFrom(), locale),
                        message("guard.release." + release.releaseKind().name(), locale)))
                .orElseGet(() -> voiced("guard.verdict.FREE", locale, said, name, date(verdict.freeFrom(), locale)));
    }

    /** The release a FREE verdict gives as the reason it is free, effective on its first free day. */
    private static Optional<Explanation.Released> releaseThatFreed(Verdict verdict) {
        return verdict.reasons().stream()
                .flatMap(reason -> reason instanceof Explanation.Released released ? java.util.stream.Stream.of(released)
                        : java.util.stream.Stream.empty())
                .filter(released -> verdict.freeFrom().equals(released.effectiveOn()) && released.releaseKind() != null)
                .findFirst();
    }

    /** The sentence for one reason or caution. */
    public String text(Explanation explanation, Locale requested) {
        return text(explanation, requested, Voice.SECOND_PERSON);
    }

    /** The sentence for one reason or caution, to the freelancer or about them; a null voice is the second person. */
    public String text(Explanation explanation, Locale requested, Voice voice) {
        Locale locale = supported(requested);
        String kind = explanation.isCaution() ? "caution." : "reason.";
        return render(kind + explanation.code(), explanation.data(), locale, voice);
    }

    /** The sentence answering a referral declaration: it counts, or why it does not. */
    public String referralText(ReferralAssessment assessment, Locale requested) {
        return referralText(assessment, requested, Voice.SECOND_PERSON);
    }

    /** The referral sentence, to the freelancer or about them; a null voice is the second person. */
    public String referralText(ReferralAssessment assessment, Locale requested, Voice voice) {
        return render("referral." + assessment.reasonCode(), assessment.data(), supported(requested), voice);
    }

    /** The voice for pages read by someone other than the freelancer (templates cannot call static methods). */
    public Voice voiceAbout(String freelancerName) {
        return Voice.about(freelancerName);
    }

    /** The label of a verdict kind, a via, a release kind or a declarer role. */
    public String label(Enum<?> value, Locale requested) {
        Locale locale = supported(requested);
        String group = switch (value) {
            case VerdictKind ignored -> "kind";
            case Via ignored -> "via";
            case ReleaseKind ignored -> "release";
            case DeclarerRole ignored -> "role";
            default -> value.getDeclaringClass().getSimpleName();
        };
        return message("guard." + group + "." + value.name(), locale);
    }

    /** "15 mars 2025", "1er mars 2025", "15 March 2025". */
    public String date(LocalDate date, Locale requested) {
        Locale locale = supported(requested);
        if (date == null) {
            return "";
        }
        if ("fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1) {
            return "1er " + date.format(FRENCH_MONTH_YEAR);
        }
        return date.format(Locale.ENGLISH.equals(locale) ? ENGLISH_DAY_MONTH_YEAR : FRENCH_DAY_MONTH_YEAR);
    }

    // Built once: a verdict writes up to a few dates, and building a formatter costs more than using it.
    private static final DateTimeFormatter FRENCH_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter FRENCH_DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * English when asked for, French otherwise: French is the default bundle, and dates must be written in the
     * language of the sentence around them.
     */
    static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private String render(String code, Map<String, Object> data, Locale locale, Voice voice) {
        Voice said = voice == null ? Voice.SECOND_PERSON : voice;
        List<String> keys = SentenceShapes.ARGUMENTS.getOrDefault(code, List.of());
        Object[] arguments = keys.stream().map(key -> argument(key, data, locale, said)).toArray();
        if (said.thirdPerson()) {
            arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments),
                    java.util.stream.Stream.of(said.freelancerName())).toArray();
        }
        String base = "guard." + code;
        String variant = SentenceShapes.variant(code, data);
        if (variant != null) {
            String text = voicedOrNull(base + variant, arguments, locale, said);
            if (text != null) {
                return text;
            }
        }
        String text = voicedOrNull(base, arguments, locale, said);
        return text != null ? text : code;
    }

    /**
     * The third-person wording of a key is the same key with {@value #THIRD_PERSON}; sentences that address nobody
     * have none and are said alike to everyone.
     */
    private String voicedOrNull(String key, Object[] arguments, Locale locale, Voice voice) {
        if (voice.thirdPerson()) {
            String third = messages.getMessage(key + THIRD_PERSON, arguments, null, locale);
            if (third != null) {
                return third;
            }
        }
        return messages.getMessage(key, arguments, null, locale);
    }

    private String voiced(String key, Locale locale, Voice voice, Object... arguments) {
        if (!voice.thirdPerson()) {
            return message(key, locale, arguments);
        }
        Object[] withName = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        withName[arguments.length] = voice.freelancerName();
        String text = voicedOrNull(key, withName, locale, voice);
        return text != null ? text : key;
    }

    private String argument(String key, Map<String, Object> data, Locale locale, Voice voice) {
        Object value = data.get(key);
        return switch (key) {
            case "declarer" -> declarer(data, locale);
            case "releaseKind" -> value == null ? "" : message("guard.release." + value, locale);
            case "referralText" -> data.containsKey("referralCode")
                    ? render("referral." + data.get("referralCode"), data, locale, voice) : "";
            case "personName", "referrerName", "referredName" ->
                    value == null ? message("guard.person.unknown", locale) : value.toString();
            case "companyName", "referrerCompanyName", "referredCompanyName", "askedCompanyName" ->
                    value == null ? message("guard.company.unknown", locale) : value.toString();
            default -> value instanceof LocalDate day ? date(day, locale) : value == null ? "" : value.toString();
        };
    }

    private String declarer(Map<String, Object> data, Locale locale) {
        Object role = data.get("declaredByRole");
        if (role == null) {
            return message("guard.declarer.unknown", locale);
        }
        String roleLabel = message("guard.role." + role, locale);
        Object name = data.get("declaredByName");
        return name == null || name.toString().isBlank()
                ? message("guard.declarer.anonymous", locale, roleLabel)
                : message("guard.declarer.named", locale, name.toString(), roleLabel);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
