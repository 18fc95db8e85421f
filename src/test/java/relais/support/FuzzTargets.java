package relais.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fuzz targets of the code base: every compiled test class named {@code …FuzzTest} but the one running them all. */
public final class FuzzTargets {

    private FuzzTargets() {
    }

    /** Their class names, sorted, so that an input stored for a target keeps choosing it. */
    public static List<String> classNames() {
        try {
            Path tests = Path.of(FuzzTargets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(tests)) {
                return files.map(file -> tests.relativize(file).toString())
                        .filter(name -> name.endsWith("FuzzTest.class") && !name.contains("EveryTarget"))
                        .map(name -> name.replace(".class", "").replace('/', '.'))
                        .sorted()
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the compiled tests cannot be listed", e);
        }
    }
}
