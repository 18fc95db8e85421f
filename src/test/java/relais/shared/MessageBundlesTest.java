package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import relais.support.Bundles;
import relais.support.Bundles.Family;

/**
 * Every message bundle found under src/main/resources/i18n, today's and any added later: it says the same things in
 * every language, writes each key once, is loaded by the application, and its French follows French typography (a
 * narrow no-break space, never a plain one, before : ; ? and !).
 */
class MessageBundlesTest {

    private static final Pattern INTERNAL_FIELD = Pattern.compile("\\b[a-z]+(Id|Ids|Email|On|From)\\b");
    private static final Pattern PLAIN_SPACE_BEFORE_PUNCTUATION = Pattern.compile(" [:;?!]");
    private static final Pattern BASENAMES = Pattern.compile("(?m)^\\s*basename:\\s*(.+)$");
    private static final Pattern COMMENT_OR_BLANK = Pattern.compile("\\s*([#!].*)?");

    static List<Family> bundles() {
        return Bundles.families();
    }

    static List<Path> bundleFiles() {
        return Bundles.families().stream().flatMap(family -> family.files().values().stream()).sorted().toList();
    }

    @Test
    void theBundlesAreFoundWhereverTheyAre() {
        assertThat(bundles()).extracting(Family::name).contains("messages", "guard", "report", "screening");
    }

    @Test
    void theApplicationLoadsEveryBundleFound() throws IOException {
        var configured = BASENAMES.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        assertThat(configured.find()).as("spring.messages.basename in application.yml").isTrue();
        var loaded = Arrays.stream(configured.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
        var found = bundles().stream().map(family -> "i18n/" + family.name()).collect(Collectors.toSet());
        assertThat(loaded).as("spring.messages.basename").isEqualTo(found);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleIsWrittenInEveryLanguage(Family bundle) {
        assertThat(bundle.files().keySet()).as("languages of %s", bundle).containsExactlyInAnyOrderElementsOf(Bundles.LANGUAGES);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasTheSameKeys(Family bundle) {
        var keysByLanguage = new TreeMap<String, Set<String>>();
        bundle.files().forEach((language, file) -> keysByLanguage.put(language, new TreeSet<>(Bundles.read(file).stringPropertyNames())));
        var all = new TreeSet<String>();
        keysByLanguage.values().forEach(all::addAll);
        var missing = new TreeMap<String, Set<String>>();
        keysByLanguage.forEach((language, keys) -> {
            var absent = new TreeSet<>(all);
            absent.removeAll(keys);
            if (!absent.isEmpty()) {
                missing.put(language, absent);
            }
        });
        assertThat(missing).as("keys of %s missing in a language", bundle).isEmpty();
    }

    /** Java keeps the last of two lines with the same key without a word: the first one's text silently vanishes. */
    @ParameterizedTest
    @MethodSource("bundleFiles")
    void noKeyIsWrittenTwiceInAFile(Path file) throws IOException {
        var seen = new HashMap<String, Integer>();
        var twice = new TreeSet<String>();
        for (String entry : entries(file)) {
            var one = new Properties();
            one.load(new StringReader(entry));
            one.stringPropertyNames().forEach(key -> {
                if (seen.merge(key, 1, Integer::sum) > 1) {
                    twice.add(key);
                }
            });
        }
        assertThat(twice).as("keys written more than once in %s", file.getFileName()).isEmpty();
    }

    /** The application's message source asks the bundles in turn: a key in two of them would take the first's text. */
    @Test
    void noKeyBelongsToTwoBundles() {
        var owners = new TreeMap<String, List<String>>();
        for (Family family : bundles()) {
            var keys = new TreeSet<String>();
            family.files().values().forEach(file -> keys.addAll(Bundles.read(file).stringPropertyNames()));
            keys.forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(family.name()));
        }
        owners.values().removeIf(families -> families.size() == 1);
        assertThat(owners).as("keys in more than one bundle").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchPunctuationHasANarrowNoBreakSpace(Family bundle) {
        var wrong = new TreeMap<String, String>();
        for (Map.Entry<Object, Object> entry : Bundles.read(bundle.file("fr")).entrySet()) {
            String value = entry.getValue().toString();
            if (PLAIN_SPACE_BEFORE_PUNCTUATION.matcher(value).find()) {
                wrong.put(entry.getKey().toString(), value);
            }
        }
        assertThat(wrong).as("French values of %s with a plain space before : ; ? or ! (use U+202F)", bundle).isEmpty();
    }

    /** Messages speak of people, companies and addresses, never of the API's field names (personId, referredEmail…). */
    @ParameterizedTest
    @MethodSource("bundles")
    void noMessageNamesAnInternalField(Family bundle) {
        var technical = new TreeMap<String, String>();
        bundle.files().forEach((language, file) -> {
            for (Map.Entry<Object, Object> entry : Bundles.read(file).entrySet()) {
                if (INTERNAL_FIELD.matcher(entry.getValue().toString()).find()) {
                    technical.put(file.getFileName() + ":" + entry.getKey(), entry.getValue().toString());
                }
            }
        });
        assertThat(technical).as("messages of %s naming an internal field", bundle).isEmpty();
    }

    /** The file's entries one by one, each with its continuation lines (a line ending in an odd number of \). */
    private static List<String> entries(Path file) throws IOException {
        var entries = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (current.isEmpty() && COMMENT_OR_BLANK.matcher(line).matches()) {
                continue;
            }
            current.append(line).append('\n');
            if (!continues(line)) {
                entries.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            entries.add(current.toString());
        }
        return entries;
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
