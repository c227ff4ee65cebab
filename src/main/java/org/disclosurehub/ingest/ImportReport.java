package org.disclosurehub.ingest;

import java.util.List;

/**
 * What an import did: rows per file and, if rejected, every problem found. A rejected
 * import wrote nothing.
 *
 * @param files  per-file row counts, in import order
 * @param errors every problem found (empty when imported); {@code errorCount} may exceed its size
 *               when more were found than are listed
 */
public record ImportReport(String source, boolean imported, List<FileSummary> files, List<ImportError> errors,
        long errorCount, long millis) {

    /**
     * @param rows    records read
     * @param written records inserted or changed (the rest were identical to what was stored), or -1
     *                where the file's upsert does not tell them apart
     */
    public record FileSummary(String file, long rows, long written) {
    }

    public long rows() {
        return files.stream().mapToLong(FileSummary::rows).sum();
    }
}
