package org.disclosurehub.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** A dataset folder: its file names and their contents. */
public interface Dataset {

    /** Where it comes from, for reports and the import log. */
    String description();

    /** The names of the CSV files it holds. */
    Set<String> csvFiles() throws IOException;

    InputStream open(String file) throws IOException;
}
