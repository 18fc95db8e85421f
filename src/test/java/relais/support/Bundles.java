package relais.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The application's message bundles read as data, in both languages, for tests that look for one language's text
 * on the other language's pages or for message keys left unresolved.
 */
public final class Bundles {

    /** Each bundle file with the language of its text (the default file is English for messages, French for others). */
    private static final Map<String, String> FILES = Map.of(
            "i18n/messages.properties", "en", "i18n/messages_fr.properties", "fr",
            "i18n/guard.properties", "fr", "i18n/guard_en.properties", "en",
            "i18n/report.properties", "fr", "i18n/report_en.properties", "en",
            "i18n/screening.properties", "fr", "i18n/screening_en.properties", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private static Bundles loaded;

    private final Map<String, Set<String>> values = new HashMap<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Map<String, List<String>> onlyIn = new HashMap<>();

    private Bundles() {
        FILES.forEach((file, language) -> {
            var properties = new Properties();
            try (var in = Bundles.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundle " + file);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((key, value) -> {
                keys.add((String) key);
                values.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(normalized((String) value));
            });
        });
        for (String language : List.of("fr", "en")) {
            onlyIn.put(language, distinctivePhrases(language, "fr".equals(language) ? "en" : "fr"));
        }
    }

    public static synchronized Bundles load() {
        if (loaded == null) {
            loaded = new Bundles();
        }
        return loaded;
    }

    public Set<String> keys() {
        return keys;
    }

    /**
     * Phrases of at least two words written in the given language's bundles and found in no text of the other
     * language: seen on a page of the other language, they are text that was not translated.
     */
    public List<String> phrasesOnlyIn(String language) {
        return onlyIn.get(language);
    }

    private List<String> distinctivePhrases(String language, String other) {
        var otherText = values.get(other);
        var phrases = new LinkedHashSet<String>();
        for (String value : values.get(language)) {
            for (String part : PLACEHOLDER.split(value.replace("''", "'"))) {
                String phrase = part.replaceAll("<[^>]*>", " ").replaceAll("[{}|#]", " ")
                        .replaceAll("^[\\s\\p{Punct}«»…·–—’]+|[\\s\\p{Punct}«»…·–—’]+$", "").trim();
                if (phrase.length() >= 8 && WORD.matcher(phrase).results().count() >= 2
                        && otherText.stream().noneMatch(text -> text.contains(phrase))) {
                    phrases.add(phrase);
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** Spaces of every kind as one plain space, so that bundle text and page text compare. */
    public static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f\\u2009]+", " ");
    }
}
