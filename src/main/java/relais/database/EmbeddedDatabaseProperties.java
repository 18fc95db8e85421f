package relais.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where the embedded server keeps its data
 * @param binariesDir where its binaries are unpacked (default: beside the data)
 * @param port fixed port, or 0 for any free one
 * @param durable fsync and synchronous commit on; tests may turn them off for speed
 */
@ConfigurationProperties("relais.database")
public record EmbeddedDatabaseProperties(Path dataDir, Path binariesDir, int port, boolean durable) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        binariesDir = binariesDir == null ? dataDir.resolve("binaries") : binariesDir;
    }
}
