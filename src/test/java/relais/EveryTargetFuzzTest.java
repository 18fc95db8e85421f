package relais;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import relais.support.FuzzTargets;

/**
 * Every fuzz target of the code base behind one: the input's last byte chooses the target, the rest is its input.
 * Jazzer fuzzes one test per JVM and its agent costs seconds to start, so {@code ./relais test} fuzzes this one, a
 * few seconds per target, where each target alone would need a JVM of its own (docs/testing.md, "Fuzzing").
 */
class EveryTargetFuzzTest {

    private static final List<Target> TARGETS = targets();

    static {
        if (System.getenv("JAZZER_FUZZ") != null) {
            seedFromEveryTargetsInputs();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void noTargetThrowsMoreThanItsDocumentedRefusals(FuzzedDataProvider data) throws Throwable {
        data.pickValue(TARGETS).run(data);
    }

    /** One fuzz test method and the instance it runs on. */
    record Target(Object test, Method method) {

        void run(FuzzedDataProvider data) throws Throwable {
            Object input = method.getParameterTypes()[0] == byte[].class ? data.consumeRemainingAsBytes() : data;
            try {
                method.invoke(test, input);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public String toString() {
            return test.getClass().getSimpleName() + "." + method.getName();
        }
    }

    /**
     * Each target's stored inputs, with the byte that chooses the target appended, written where libFuzzer reads its
     * corpus from when it starts: the fuzzing begins from inputs that already reach deep into each target.
     */
    private static void seedFromEveryTargetsInputs() {
        Path corpus = Path.of(System.getProperty("jazzer.internal.basedir", ""), ".cifuzz-corpus",
                EveryTargetFuzzTest.class.getName(), "noTargetThrowsMoreThanItsDocumentedRefusals").toAbsolutePath();
        try {
            Files.createDirectories(corpus);
            for (int index = 0; index < TARGETS.size(); index++) {
                Target target = TARGETS.get(index);
                var inputs = target.test().getClass().getResource(
                        target.test().getClass().getSimpleName() + "Inputs/" + target.method().getName());
                if (inputs == null) {
                    continue;
                }
                try (Stream<Path> files = Files.list(Path.of(inputs.toURI()))) {
                    for (Path input : files.toList()) {
                        byte[] bytes = Files.readAllBytes(input);
                        byte[] seed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                        seed[bytes.length] = (byte) index;
                        Files.write(corpus.resolve(target + "-" + input.getFileName()), seed);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the targets' inputs cannot be copied into the corpus", e);
        }
    }

    private static List<Target> targets() {
        return FuzzTargets.classNames().stream().map(EveryTargetFuzzTest::target).toList();
    }

    private static Target target(String className) {
        try {
            Class<?> type = Class.forName(className);
            Method method = Stream.of(type.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(FuzzTest.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(className + " has no @FuzzTest"));
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            method.setAccessible(true);
            return new Target(constructor.newInstance(), method);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the fuzz test " + className + " cannot be run", e);
        }
    }
}
