package org.disclosurehub.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar disclosure-hub.jar import DIR}: prints what was imported, or every problem
 * found, and tells the exit code: 0 imported, 1 rejected (nothing written), 2 usage or
 * environment error.
 */
public final class ImportCommand {

    public static final int IMPORTED = 0;
    public static final int REJECTED = 1;
    public static final int USAGE_OR_ENVIRONMENT = 2;

    private ImportCommand() {
    }

    /** Checks the arguments before anything is started. */
    public static Path folder(String[] args, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar disclosure-hub.jar import DIR");
            return null;
        }
        Path dir = Path.of(args[1]);
        if (!Files.isDirectory(dir)) {
            err.println("import: " + dir + " is not a folder");
            return null;
        }
        return dir;
    }

    public static int run(DatasetImporter importer, Path dir, PrintStream out) {
        ImportReport report = importer.importDataset(new FolderDataset(dir), false);
        if (report.imported()) {
            out.println("Imported " + report.source());
            for (ImportReport.FileSummary f : report.files()) {
                out.printf("  %-24s %,10d rows%s%n", f.file(), f.rows(),
                        f.written() >= 0 ? String.format(" (%,d new or changed)", f.written()) : "");
            }
            double seconds = Math.max(report.millis(), 1) / 1000.0;
            out.printf("  %,d rows in %.1f s (%,.0f rows/s)%n", report.rows(), seconds, report.rows() / seconds);
            return IMPORTED;
        }
        out.println("Rejected " + report.source() + ": " + report.errorCount() + " problem"
                + (report.errorCount() == 1 ? "" : "s") + "; nothing was written.");
        report.errors().forEach(e -> out.println("  " + e));
        if (report.errorCount() > report.errors().size()) {
            out.println("  … and " + (report.errorCount() - report.errors().size()) + " more");
        }
        return REJECTED;
    }
}
