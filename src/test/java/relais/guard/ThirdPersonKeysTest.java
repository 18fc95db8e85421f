package relais.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every verdict sentence that speaks to the freelancer ("vous", "votre") has a third-person wording for the account
 * managers who read it about them; mails and notifications, addressed to their reader, need none.
 */
class ThirdPersonKeysTest {

    private static final Pattern SECOND_PERSON = Pattern.compile("(?iu)\\b(vous|votre|vos)\\b");

    @Test
    void everySecondPersonVerdictSentenceHasAThirdPersonWording() throws IOException {
        Properties french = load("i18n/guard.properties");
        Properties english = load("i18n/guard_en.properties");
        var missing = new TreeSet<String>();
        for (String key : french.stringPropertyNames()) {
            boolean verdictSentence = key.startsWith("guard.verdict.") || key.startsWith("guard.reason.")
                    || key.startsWith("guard.caution.") || key.startsWith("guard.referral.");
            if (verdictSentence && !key.endsWith(VerdictTexts.THIRD_PERSON)
                    && SECOND_PERSON.matcher(french.getProperty(key)).find()) {
                if (!french.containsKey(key + VerdictTexts.THIRD_PERSON) || !english.containsKey(key + VerdictTexts.THIRD_PERSON)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("verdict sentences without a third-person wording").isEmpty();
        for (String key : french.stringPropertyNames()) {
            if (key.endsWith(VerdictTexts.THIRD_PERSON)) {
                assertThat(french.getProperty(key)).as(key).doesNotContainPattern(SECOND_PERSON.pattern());
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(ThirdPersonKeysTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
