package relais.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a reader must never see in a page's visible text: the other language, raw enum names, message keys, ISO
 * dates in running text, money written as code would print it. Each check answers findings, not a failure, so a
 * test can gather everything before it fails once.
 */
public final class PageText {

    public record Problem(String kind, String snippet) {
    }

    /** Capitals that are words of their own in the product's text, not enum names leaking through. */
    private static final Set<String> ACRONYMS = Set.of("EUR", "API", "PDF", "CSV", "SIREN", "SIRET", "TVA", "VAT",
            "IBAN", "BIC", "URL", "ID", "OK", "UTC", "HTML", "XML", "JSON", "PO", "CGV", "FR", "EN", "HT", "TTC", "SAS",
            "SARL", "SA", "RGPD", "GDPR", "IT", "RH", "HR", "CEO", "CTO", "UX", "UI", "TJM", "KPI");

    private static final Pattern CAPITAL_TOKEN = Pattern.compile("(?<![\\p{L}\\d_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\p{L}\\d_])");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern KEY_LIKE = Pattern.compile("(?<![\\w@./:-])[a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z][a-zA-Z0-9]*){1,}(?![\\w@/-]|\\.\\w)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)");
    /** A number next to a currency sign or code; only spaces of a line (not tabs or breaks between cells) inside. */
    private static final Pattern AMOUNT = Pattern.compile("(?:€|EUR)[ \\u00a0\\u202f]?-?\\d(?:[\\d \\u00a0\\u202f.,]*\\d)?"
            + "|-?\\d(?:[\\d \\u00a0\\u202f.,]*\\d)?[ \\u00a0\\u202f]?(?:€|EUR\\b)");
    private static final Pattern FRENCH_AMOUNT = Pattern.compile("^-?\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})*(?:,\\d{2})?[\\u00a0\\u202f ]€$");
    private static final Pattern ENGLISH_AMOUNT = Pattern.compile("^-?€\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?$");

    private static Set<String> enumNames;

    private PageText() {
    }

    /** Every finding in a page's visible text, the page being in the given language ("fr" or "en"). */
    public static List<Problem> problems(String visibleText, String language) {
        var problems = new ArrayList<Problem>();
        String text = Bundles.normalized(visibleText);
        String other = "fr".equals(language) ? "en" : "fr";
        for (String phrase : Bundles.load().phrasesOnlyIn(other)) {
            if (text.contains(phrase)) {
                problems.add(new Problem("other language (" + other + ")", phrase));
            }
        }
        var enums = enumNames();
        CAPITAL_TOKEN.matcher(visibleText).results().map(m -> m.group())
                .filter(token -> token.length() >= 3 && !ACRONYMS.contains(token) && enums.contains(token))
                .distinct().forEach(token -> problems.add(new Problem("raw enum name", around(text, token))));
        UNRESOLVED.matcher(visibleText).results().map(m -> m.group()).distinct()
                .forEach(key -> problems.add(new Problem("unresolved message key", key)));
        var keys = Bundles.load().keys();
        KEY_LIKE.matcher(visibleText).results().map(m -> m.group())
                .filter(token -> keys.contains(token) || token.chars().filter(c -> c == '.').count() >= 2
                        && !token.matches(".*\\.(fr|com|net|org|io|eu|relais|test|local)$"))
                .distinct().forEach(key -> problems.add(new Problem("message key", around(text, key))));
        ISO_DATE.matcher(text).results().map(m -> m.group()).distinct()
                .forEach(date -> problems.add(new Problem("ISO date in running text", around(text, date))));
        AMOUNT.matcher(visibleText).results().map(m -> m.group().trim()).distinct()
                .filter(amount -> !("fr".equals(language) ? FRENCH_AMOUNT : ENGLISH_AMOUNT).matcher(amount).matches())
                .forEach(amount -> problems.add(new Problem("money not in " + language + " format",
                        around(text, Bundles.normalized(amount)))));
        return problems;
    }

    /** The names of every enum constant of the application, read from its compiled classes. */
    public static synchronized Set<String> enumNames() {
        if (enumNames == null) {
            var names = new TreeSet<String>();
            Path root;
            try {
                root = Path.of(PageText.class.getClassLoader().getResource("relais/RelaisApplication.class").toURI())
                        .getParent();
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot find the application's classes", e);
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                    String name = "relais." + root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    try {
                        Class<?> type = Class.forName(name, false, PageText.class.getClassLoader());
                        if (type.isEnum()) {
                            for (Object constant : type.getEnumConstants()) {
                                String constantName = ((Enum<?>) constant).name();
                                if (constantName.equals(constantName.toUpperCase())) {
                                    names.add(constantName);
                                }
                            }
                        }
                    } catch (ClassNotFoundException | LinkageError ignored) {
                        // a class that does not load is no enum of the pages
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            enumNames = names;
        }
        return enumNames;
    }

    /** The words around a finding, enough to find it on the page. */
    public static String around(String text, String found) {
        int at = text.indexOf(found);
        if (at < 0) {
            return found;
        }
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + found.length() + 40);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }
}
