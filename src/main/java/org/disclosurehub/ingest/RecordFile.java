package org.disclosurehub.ingest;

import java.util.List;

/**
 * How one file of the dataset contract is read, checked and written.
 *
 * @param <R> the record a row becomes
 */
abstract class RecordFile<R> {

    /** What {@link #write} returns when a plain upsert does not tell new from unchanged rows. */
    static final int NOT_COUNTED = -1;

    /** File name, e.g. agencies.csv. */
    abstract String name();

    /** Columns that must be in the header. */
    abstract List<String> columns();

    /** Columns that may be missing from the header. */
    List<String> optionalColumns() {
        return List.of();
    }

    /**
     * Turns a row into a record, recording every problem on the row; returns null if it had any.
     * References to records of earlier files (or already stored) are checked here.
     */
    abstract R parse(Row row, ImportContext context);

    /** The record's key; two rows with the same key are both reported. */
    abstract String key(R record);

    /** The column that holds the key, named when a key appears twice: the first column unless a file says otherwise. */
    String keyColumn() {
        return columns().get(0);
    }

    /** Makes a valid record known to the files validated after this one (and to later rows). */
    void register(R record, int row, ImportContext context) {
    }

    /** Checks that need the whole file, such as references between its own rows. */
    void afterFile(ImportContext context, ErrorSink errors) {
    }

    /**
     * Writes a batch inside the import's transaction.
     *
     * @return how many were inserted or changed, or {@link #NOT_COUNTED}
     */
    abstract int write(List<R> batch, ImportContext context);
}
