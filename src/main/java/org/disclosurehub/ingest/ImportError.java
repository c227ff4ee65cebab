package org.disclosurehub.ingest;

/**
 * One problem found in a dataset: where it is, and what is wrong, in words an agency's data
 * clerk can act on. Messages quote the offending value only when it is not personal data.
 *
 * @param file   file name, e.g. powers.csv
 * @param row    row number as a spreadsheet shows it (header = 1), or 0 for the file as a whole
 * @param column column name, or null
 */
public record ImportError(String file, int row, String column, String message) implements Comparable<ImportError> {

    @Override
    public int compareTo(ImportError o) {
        int byFile = Integer.compare(DatasetFiles.order(file), DatasetFiles.order(o.file));
        if (byFile != 0) {
            return byFile;
        }
        return row != o.row ? Integer.compare(row, o.row) : String.valueOf(column).compareTo(String.valueOf(o.column));
    }

    @Override
    public String toString() {
        return file + (row > 0 ? " row " + row : "") + (column != null ? " column " + column : "") + ": " + message;
    }
}
