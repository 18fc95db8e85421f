package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle says the same things in French and in English, and its French follows French typography: a narrow
 * no-break space, never a plain one, before : ; ? and !.
 */
class MessageBundlesTest {

    private static final Path FOLDER = Path.of("src/main/resources/i18n");
    private static final Pattern INTERNAL_FIELD = Pattern.compile("\\b[a-z]+(Id|Ids|Email|On|From)\\b");
    private static final Pattern PLAIN_SPACE_BEFORE_PUNCTUATION = Pattern.compile(" [:;?!]");

    /** One bundle in both languages; whichever file carries no suffix is the bundle's default language. */
    record Bundle(String name, Path french, Path english) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Bundle> bundles() throws IOException {
        var files = new TreeMap<String, List<Path>>();
        try (Stream<Path> listing = Files.list(FOLDER)) {
            listing.filter(p -> p.toString().endsWith(".properties")).forEach(p -> {
                String base = p.getFileName().toString().replace(".properties", "").replaceAll("_(fr|en)$", "");
                files.computeIfAbsent(base, b -> new ArrayList<>()).add(p);
            });
        }
        var bundles = new ArrayList<Bundle>();
        files.forEach((name, paths) -> {
            assertThat(paths).as("bundle %s has exactly two languages", name).hasSize(2);
            Path suffixed = paths.stream().filter(p -> p.getFileName().toString().matches(".*_(fr|en)\\.properties")).findFirst().orElseThrow();
            Path plain = paths.stream().filter(p -> p != suffixed).findFirst().orElseThrow();
            boolean suffixIsFrench = suffixed.getFileName().toString().endsWith("_fr.properties");
            bundles.add(suffixIsFrench ? new Bundle(name, suffixed, plain) : new Bundle(name, plain, suffixed));
        });
        assertThat(bundles).extracting(Bundle::name).contains("messages", "guard", "report", "screening");
        return bundles;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchAndEnglishHaveTheSameKeys(Bundle bundle) throws IOException {
        var french = load(bundle.french()).keySet();
        var english = load(bundle.english()).keySet();
        assertThat(new TreeSet<>(french)).as("keys of %s only in French", bundle).isEqualTo(new TreeSet<>(english));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void frenchPunctuationHasANarrowNoBreakSpace(Bundle bundle) throws IOException {
        var wrong = new TreeMap<String, String>();
        for (Map.Entry<Object, Object> entry : load(bundle.french()).entrySet()) {
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
    void noMessageNamesAnInternalField(Bundle bundle) throws IOException {
        var technical = new TreeMap<String, String>();
        for (Path file : List.of(bundle.french(), bundle.english())) {
            for (Map.Entry<Object, Object> entry : load(file).entrySet()) {
                if (INTERNAL_FIELD.matcher(entry.getValue().toString()).find()) {
                    technical.put(file.getFileName() + ":" + entry.getKey(), entry.getValue().toString());
                }
            }
        }
        assertThat(technical).as("messages of %s naming an internal field", bundle).isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
