package org.disclosurehub.database;

import java.nio.file.Path;

/** Another hub process already runs the embedded database on this data folder. */
public class DataFolderInUseException extends RuntimeException {

    public DataFolderInUseException(Path folder) {
        super("The data folder " + folder + " is in use by another Disclosure Hub process. "
                + "Stop it first, or point DATAHUB_DATA_DIR at another folder.");
    }
}
