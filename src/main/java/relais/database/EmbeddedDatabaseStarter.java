package relais.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded server on a data folder that survives restarts. It also clears the way when an earlier
 * Relais was killed hard and left its postgres running, and says plainly when another Relais holds the folder.
 */
final class EmbeddedDatabaseStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStarter.class);

    private final EmbeddedDatabaseProperties properties;

    EmbeddedDatabaseStarter(EmbeddedDatabaseProperties properties) {
        this.properties = properties;
    }

    RunningDatabase start() throws IOException {
        Path root = properties.dataDir().toAbsolutePath().normalize();
        Path pgData = root.resolve("postgres");
        Path binaries = properties.binariesDir().toAbsolutePath().normalize();
        Files.createDirectories(pgData);
        Files.createDirectories(binaries);
        OwnerOnly.folder(root);
        OwnerOnly.folder(binaries);
        requireFolderFree(pgData);
        stopOrphanedServer(pgData);
        var credentials = DatabaseCredentials.loadOrCreate(root);
        boolean lockedDown = ServerLockdown.isLockedDown(pgData);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPGStartupWait(Duration.ofSeconds(30))
                // Spring closes the server after the pool (RunningDatabase is a bean the pool depends on). The library's
                // own hook would stop it at the same time as Spring's, while the pool and the scheduled jobs still
                // need it: the pool then waits out its connection timeout before the JVM may exit.
                .setRegisterShutdownHook(false)
                // The library's own connections (its readiness check) are the superuser's: they need its password.
                .setConnectConfig("password", credentials.superuserPassword());
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        String durability = properties.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durability);
        builder.setServerConfig("synchronous_commit", durability);
        builder.setServerConfig("listen_addresses", "localhost");
        builder.setServerConfig("password_encryption", "scram-sha-256");
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new DataFolderInUseException(pgData, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("epg-lock")) {
                throw new DataFolderInUseException(pgData, e);
            }
            throw e;
        }
        try {
            if (!lockedDown) {
                ServerLockdown.lockDown(postgres, pgData, credentials);
            }
            OwnerOnly.folder(binaries);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
        return new RunningDatabase(postgres, postgres.getJdbcUrl(DatabaseCredentials.APP_ROLE, "postgres"),
                DatabaseCredentials.APP_ROLE, credentials.appPassword());
    }

    /**
     * The embedded server locks this file while a Relais uses the folder. Holding it tells a live instance from a
     * postgres orphaned by a killed one, which must never be confused: only the orphan may be stopped.
     */
    private static void requireFolderFree(Path pgData) throws IOException {
        Path lockFile = pgData.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return; // a folder never started yet: initdb needs it empty, so create nothing here
        }
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                throw new DataFolderInUseException(pgData, null);
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new DataFolderInUseException(pgData, e);
        }
    }

    /** A JVM killed with -9 leaves its postgres running and holding the folder; stop it so this start can proceed. */
    private static void stopOrphanedServer(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedDatabaseStarter::isPostgres)
                .ifPresent(process -> {
                    log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier Relais", process.pid(), pgData);
                    process.destroy();
                    process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres") || command.endsWith("postgres"))
                .orElse(false);
    }
}
