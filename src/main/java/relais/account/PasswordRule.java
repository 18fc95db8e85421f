package relais.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import relais.shared.InvalidValueException;

/**
 * The one rule a password must pass, shared by every place that sets one: long enough, short enough for bcrypt
 * (which ignores everything after 72 bytes), and hard to guess as zxcvbn estimates it, knowing the holder's name
 * and e-mail address.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be refused by the encoder. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn's scale goes from 0 (guessed at once) to 4; 3 resists an offline attack on a slow hash. */
    public static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Makes zxcvbn hand back its message keys, so that the reason is said in Relais's own words and languages. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private PasswordRule() {
    }

    /**
     * @param holderDetails the holder's name and e-mail addresses: a password built from them is easy to guess
     */
    public static String check(String rawPassword, String... holderDetails) {
        if (rawPassword == null || rawPassword.length() < MIN_LENGTH) {
            throw new InvalidValueException("validation.password.short", "must be at least " + MIN_LENGTH + " characters long", MIN_LENGTH);
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException("validation.password.long", "must be at most " + MAX_BYTES
                    + " bytes long (a letter with an accent counts as two): choose a shorter one", MAX_BYTES);
        }
        Strength strength = ESTIMATOR.measure(rawPassword, userInputs(holderDetails));
        if (strength.getScore() < MIN_SCORE) {
            String reason = reason(strength);
            throw new InvalidValueException("validation.password.weak", "is too easy to guess: " + english(reason)
                    + " A few uncommon words together make a strong password.",
                    new DefaultMessageSourceResolvable(new String[] {"validation.password.reason." + reason}, english(reason)));
        }
        return rawPassword;
    }

    /** The holder's details as zxcvbn's "user inputs": whole values and the words inside them. */
    private static List<String> userInputs(String... holderDetails) {
        var inputs = new ArrayList<String>();
        Arrays.stream(holderDetails).filter(Objects::nonNull).map(d -> d.trim().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).forEach(detail -> {
                    inputs.add(detail);
                    for (String word : detail.split("[^\\p{L}\\p{N}]+")) {
                        if (word.length() >= 3) {
                            inputs.add(word);
                        }
                    }
                });
        return inputs;
    }

    /** The message code of the main reason: the holder's own details first, else zxcvbn's warning. */
    private static String reason(Strength strength) {
        if (strength.getSequence().stream().anyMatch(match -> "user_inputs".equals(match.dictionaryName))) {
            return "personal";
        }
        String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
        if (warning == null) {
            return "simple";
        }
        return switch (warning) {
            case Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100,
                    Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON -> "common";
            case Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR -> "similar";
            case Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF -> "word";
            case Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON -> "names";
            case Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS -> "keyboard";
            case Feedback.REPEAT_WARNING_LIKE_AAA, Feedback.REPEAT_WARNING_LIKE_ABCABCABC -> "repeat";
            case Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543 -> "sequence";
            case Feedback.REGEX_WARNING_RECENT_YEARS, Feedback.DATE_WARNING_DATES -> "dates";
            default -> "simple";
        };
    }

    private static String english(String reason) {
        return switch (reason) {
            case "personal" -> "it contains your name or e-mail address.";
            case "common" -> "it is one of the most common passwords.";
            case "similar" -> "it is close to a common password.";
            case "word" -> "a word on its own is easy to guess.";
            case "names" -> "names on their own are easy to guess.";
            case "keyboard" -> "keys next to each other are easy to guess.";
            case "repeat" -> "repeated characters or words are easy to guess.";
            case "sequence" -> "sequences like abc or 6543 are easy to guess.";
            case "dates" -> "years and dates are easy to guess.";
            default -> "it is too short or too simple.";
        };
    }
}
