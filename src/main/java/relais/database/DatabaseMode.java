package relais.database;

import org.springframework.core.env.Environment;

/** Whether Relais runs its own embedded PostgreSQL, or a server somebody pointed it at. */
public final class DatabaseMode {

    private DatabaseMode() {
    }

    public static boolean embedded(Environment environment) {
        return !environment.containsProperty("spring.datasource.url")
                && environment.getProperty("relais.database.embedded", Boolean.class, true);
    }
}
