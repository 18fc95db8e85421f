package relais;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The naming rule of docs/testing.md, read from the test sources: a class named {@code *Test} is a plain unit test,
 * a class named {@code *Tests} is an integration test, i.e. it needs the whole application (its Spring context or
 * its module structure), a database or a browser. Surefire runs nothing else, so a class with tests under any other
 * name would silently never run.
 */
class TestNamingTest {

    private static final Path TESTS = Path.of("src/test/java");

    /** What makes a test an integration test, as it shows in its source. */
    private static final Pattern NEEDS_THE_WORLD = Pattern.compile(String.join("|",
            "@IntegrationTest\\b", "@SpringBootTest\\b", "@ApplicationModuleTest\\b", "@WebMvcTest\\b", "@JdbcTest\\b",
            "@DataJdbcTest\\b", "\\bSpringApplicationBuilder\\b", "\\bEmbeddedPostgres\\b", "\\bEmbeddedDatabaseStarter\\b",
            "\\bFlyway\\b", "\\bChildRelais\\b", "\\bJarRun\\b", "\\bApplicationModules\\b", "\\bBrowser\\b", "\\bextends InBrowser\\b", "\\bWebDriver\\b", "\\bChromeDriver\\b"));

    /** Comments, text blocks, strings and chars, matched from left to right so that each is taken whole. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|/\\*[\\s\\S]*?\\*/|//[^\\n]*");

    private static final Pattern HAS_TESTS = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");

    /**
     * Classes other helpers were editing when the rule came: renamed at merge, then removed from here. A name listed
     * here that no longer breaks the rule fails the test, so the list cannot outlive its reason.
     */
    enum Kind {
        UNIT("Test"), INTEGRATION("Tests");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    @Test
    void unitTestsEndInTestAndIntegrationTestsInTests() throws IOException {
        var misnamed = new TreeMap<String, String>();
        for (Path source : testSources()) {
            String text = NOT_CODE.matcher(Files.readString(source)).replaceAll(" ");
            String name = source.getFileName().toString().replace(".java", "");
            if (!HAS_TESTS.matcher(text).find() || name.endsWith("Benchmark")) {
                continue;
            }
            Kind kind = NEEDS_THE_WORLD.matcher(text).find() ? Kind.INTEGRATION : Kind.UNIT;
            if (!name.endsWith(kind.suffix) || (kind == Kind.UNIT && name.endsWith("Tests"))) {
                misnamed.put(TESTS.relativize(source).toString(), "should end in " + kind.suffix);
            }
        }
        assertThat(misnamed).as("test classes named against the rule (*Test unit, *Tests integration)").isEmpty();
    }


    private static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
