package relais.database;

import java.nio.file.Path;

/** Two Relais on one data folder would corrupt it; the second one must stop at once and say why. */
public class DataFolderInUseException extends IllegalStateException {

    public DataFolderInUseException(Path folder, Throwable cause) {
        super("Relais is already running on data folder " + folder
                + " (another instance holds it). Stop that instance or set relais.database.data-dir to another folder.", cause);
    }
}
