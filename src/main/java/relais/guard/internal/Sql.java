package relais.guard.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The guard's longer SQL lives in resource files beside the code's resources, where an editor can highlight it. */
final class Sql {

    private Sql() {
    }

    static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The guard's query " + path + " is missing from the class path", e);
        }
    }
}
