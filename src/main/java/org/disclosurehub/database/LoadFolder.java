package org.disclosurehub.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The only folder from which the JDBC driver may send files to the database server (LOAD DATA
 * LOCAL INFILE, Connector/J's {@code allowLoadLocalInfileInPath}), and for the embedded server
 * the only one it may read itself ({@code secure_file_priv}). It is created empty for this
 * process, readable by its owner only, and holds nothing but the load files the hub writes and
 * deletes again as soon as they are loaded: a server that asked for any other file, by mistake
 * or malice, gets an error instead. Emptied when the hub stops.
 */
public final class LoadFolder implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private LoadFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /**
     * The embedded server's load folder in its data folder (one hub process per data folder),
     * emptied of what a killed process may have left.
     */
    public static LoadFolder in(Path dir) {
        try {
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            LoadFolder folder = new LoadFolder(dir.toRealPath(), false);
            folder.empty();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for load files", e);
        }
    }

    public static LoadFolder create() {
        try {
            Path dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("disclosure-hub-load-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("disclosure-hub-load-");
            return new LoadFolder(dir.toRealPath(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for load files", e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        empty();
        if (temporary) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // the folder lives in the system's temporary folder, which the system cleans
            }
        }
    }

    private void empty() {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // emptied again at the next start (embedded) or by the system (temporary)
        }
    }
}
