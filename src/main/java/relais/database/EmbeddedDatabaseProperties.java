package relais.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where the embedded server keeps its data (and its unpacked binaries, beside it)
 * @param port fixed port, or 0 for any free one
 * @param durable fsync and synchronous commit on; tests may turn them off for speed
 */
@ConfigurationProperties("relais.database")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean durable) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
