package relais.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The started embedded server and how the application connects to it: as its own role, with a password. */
record RunningDatabase(EmbeddedPostgres server, String jdbcUrl, String username, String password) implements AutoCloseable {

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    @Override
    public String toString() {
        return "RunningDatabase[" + jdbcUrl + " as " + username + "]";
    }
}
