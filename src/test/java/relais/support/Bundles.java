package relais.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's message bundles read as data, in both languages, for tests that look for one language's text
 * on the other language's pages or for message keys left unresolved.
 */
public final class Bundles {

    /** Where the bundles are written; every {@code .properties} file there is part of one. */
    public static final Path FOLDER = Path.of("src/main/resources/i18n");

    /** The languages Relais speaks; a bundle's file without a language suffix is in the one its other files lack. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+)_([a-z]{2})");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private static Bundles loaded;

    private final Map<String, Set<String>> values = new HashMap<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Map<String, List<String>> onlyIn = new HashMap<>();

    /** One bundle (a base name such as {@code guard}) with its file in each language. */
    public record Family(String name, Map<String, Path> files) {

        public Path file(String language) {
            return files.get(language);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every bundle found in {@link #FOLDER}, so that a bundle added later is checked without anyone listing it.
     * A bundle's default file takes the language none of its suffixed files has; a language outside
     * {@link #LANGUAGES}, or a default file whose language cannot be told, is refused.
     */
    public static List<Family> families() {
        var byName = new TreeMap<String, Map<String, Path>>();
        var defaults = new TreeMap<String, Path>();
        try (Stream<Path> listing = Files.list(FOLDER)) {
            listing.filter(file -> file.toString().endsWith(".properties")).sorted().forEach(file -> {
                String base = file.getFileName().toString().replace(".properties", "");
                Matcher suffixed = LANGUAGE_SUFFIX.matcher(base);
                if (suffixed.matches()) {
                    if (!LANGUAGES.contains(suffixed.group(2))) {
                        throw new IllegalStateException(file + " is in a language Relais does not speak");
                    }
                    byName.computeIfAbsent(suffixed.group(1), name -> new TreeMap<>()).put(suffixed.group(2), file);
                } else {
                    defaults.put(base, file);
                    byName.computeIfAbsent(base, name -> new TreeMap<>());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var families = new ArrayList<Family>();
        byName.forEach((name, files) -> {
            Path fallback = defaults.get(name);
            if (fallback != null) {
                var missing = LANGUAGES.stream().filter(language -> !files.containsKey(language)).toList();
                if (missing.size() != 1) {
                    throw new IllegalStateException("the language of " + fallback + " cannot be told: the bundle lacks "
                            + missing);
                }
                files.put(missing.getFirst(), fallback);
            }
            families.add(new Family(name, Map.copyOf(files)));
        });
        return families;
    }

    /** A bundle file read as Java reads it (a key given twice keeps its last value). */
    public static Properties read(Path file) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private Bundles() {
        for (Family family : families()) {
            family.files().forEach((language, file) -> read(file).forEach((key, value) -> {
                keys.add((String) key);
                values.computeIfAbsent(language, l -> new LinkedHashSet<>()).add(normalized((String) value));
            }));
        }
        for (String language : LANGUAGES) {
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
