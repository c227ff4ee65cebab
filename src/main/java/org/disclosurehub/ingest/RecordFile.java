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

    /**
     * Whether the import checks and writes this file in one pass, in its transaction: reading,
     * checking and {@link #prepare preparing} batches on a second thread while the transaction's
     * thread writes the batches before. Worth it for a large file; a bad row then rolls back what
     * was written. Its {@link #parse}, {@link #register}, {@link #afterFile} and {@link #prepare}
     * must then not use the database.
     */
    boolean checkedWhileWritten() {
        return false;
    }

    /** Called in the import's transaction before the file is written: what {@link #prepare} needs to know. */
    void beforeWrite(ImportContext context) {
    }

    /** Called in the import's transaction after the file was written, or failed to be: undoes what {@link #beforeWrite} set. */
    void afterWrite(ImportContext context) {
    }

    /** Records per batch written. */
    int batchSize() {
        return 2_000;
    }

    /**
     * Readies a batch for writing without the database, so that it may run on the reading thread;
     * by default the whole work is left to the write.
     */
    Write prepare(List<R> batch, ImportContext context) {
        return () -> write(batch, context);
    }

    /** After the last {@link #prepare}: what is still to be written, if the file holds rows back across batches. */
    Write finish(ImportContext context) {
        return Write.NOTHING;
    }

    /** A batch ready to be written. */
    interface Write {

        /** Nothing to write (yet): the importer does not queue it. */
        Write NOTHING = () -> 0;

        /**
         * Writes it in the import's transaction.
         *
         * @return as {@link RecordFile#write}
         */
        int run();

        /** Gives up what was prepared, when the import fails before writing it. */
        default void discard() {
        }
    }
}
