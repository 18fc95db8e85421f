package relais.database;

import java.nio.file.Path;

/** Run in a child JVM by the restart test: tries to start on a folder another process holds. */
public final class SecondInstance {

    public static void main(String[] args) {
        var properties = new EmbeddedDatabaseProperties(Path.of(args[0]), Path.of(args[1]), 0, true);
        try (var postgres = new EmbeddedDatabaseStarter(properties).start()) {
            System.out.println("STARTED");
        } catch (Exception e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
