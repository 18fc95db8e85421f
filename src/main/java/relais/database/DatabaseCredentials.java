package relais.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's two passwords, generated on first start and kept in an owner-only file of the data folder:
 * one for the application's role, one for the superuser (used only to set the server up).
 */
record DatabaseCredentials(String appPassword, String superuserPassword) {

    static final String FILE_NAME = "database-credentials.properties";
    static final String APP_ROLE = "relais";
    static final String SUPERUSER = "postgres";

    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials loadOrCreate(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        if (Files.exists(file)) {
            OwnerOnly.file(file);
            var properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            String app = properties.getProperty("relais.password");
            String superuser = properties.getProperty("postgres.password");
            if (app == null || app.isBlank() || superuser == null || superuser.isBlank()) {
                throw new IllegalStateException(file + " is incomplete: it needs relais.password and postgres.password");
            }
            return new DatabaseCredentials(app.trim(), superuser.trim());
        }
        var created = new DatabaseCredentials(generated(), generated());
        var properties = new Properties();
        properties.setProperty("relais.password", created.appPassword());
        properties.setProperty("postgres.password", created.superuserPassword());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "Passwords of Relais's embedded PostgreSQL, generated on first start. Keep this file private.");
        }
        OwnerOnly.file(file);
        return created;
    }

    /** 256 random bits, in letters, digits, '-' and '_' only: safe inside SQL and configuration text. */
    private static String generated() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[hidden]";
    }
}
