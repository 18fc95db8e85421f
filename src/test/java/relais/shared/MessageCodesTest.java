package relais.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message code the code base raises (field problems, conflicts, problem titles) exists in the bundles, so that
 * no reader ever falls back to the English wording written next to it in the code.
 */
class MessageCodesTest {

    private static final Pattern CODE = Pattern.compile("\"((?:validation|conflict|problem\\.title|problem\\.detail)\\.[A-Za-z0-9_.]+[A-Za-z0-9])\"");

    @Test
    void everyRaisedCodeHasAMessageInBothLanguages() throws IOException {
        Set<String> french = keys("messages_fr", "guard", "report", "screening");
        Set<String> english = keys("messages", "guard_en", "report_en", "screening_en");
        var missing = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    String code = matcher.group(1);
                    if (!french.contains(code) || !english.contains(code)) {
                        missing.add(code + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message codes without a message").isEmpty();
    }

    private static Set<String> keys(String... bundles) throws IOException {
        var keys = new HashSet<String>();
        for (String bundle : bundles) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n/" + bundle + ".properties")),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }
}
