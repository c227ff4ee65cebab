package org.disclosurehub.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.LocalInfile;
import org.disclosurehub.database.TsvFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The bulk twin of {@link PublicationWriter} for an import into empty decision tables (the first
 * delivery of a large dataset): the same rows from {@link PublicationRows}, written with LOAD DATA
 * ({@link LocalInfile}) instead of INSERT statements, several times cheaper for the hub and the
 * database. With nothing stored there is nothing to compare, delete or update, so each table only
 * receives rows.
 *
 * <p>Writing is split in two, so that an importer can overlap them: a {@link #stream} judges
 * decisions and writes their rows into load files, on any thread and without the database;
 * {@link #load} loads a batch of them in the caller's transaction.
 */
@Service
public class PublicationLoader {

    private final LocalInfile infile;
    private final JdbcTemplate jdbc;
    private final DisclosurePolicy policy;
    private final Clock clock;

    PublicationLoader(LocalInfile infile, JdbcTemplate jdbc, DisclosurePolicy policy, Clock clock) {
        this.infile = infile;
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Starts a load in the caller's transaction, whose decision tables are empty, if the database
     * accepts loads. The session then skips the unique and foreign-key checks, which the importer
     * has made already (duplicate keys; the schema has no foreign keys). That is what lets MariaDB
     * take its bulk path for an insert into an empty table: a table lock and one undo record for
     * the whole table instead of one per row, so a rollback empties the table again (MDEV-24818).
     * Measured on 2M name grams: 20 s -> 14 s. Always {@link #end} what was begun.
     *
     * @return whether the caller may {@link #load}
     */
    public boolean begin() {
        if (!infile.available("penalty_decision")) {
            return false;
        }
        jdbc.execute("SET unique_checks = 0, foreign_key_checks = 0");
        return true;
    }

    /** Ends what {@link #begin} started: the connection goes back to the pool with every check on. */
    public void end() {
        jdbc.execute("SET unique_checks = 1, foreign_key_checks = 1");
    }

    /**
     * Load files that grow as decisions come and are cut into batches of {@code decisionsPerLoad}:
     * the reading thread needs memory for a few decisions only, however large the batches. Large
     * batches are what the bulk path wants: loading 1M decisions and their grams in 20 statements
     * per table took 50 s, in one 36 s. Closing it deletes what was not cut.
     */
    public Stream stream(int decisionsPerLoad) {
        return new Stream(decisionsPerLoad);
    }

    /**
     * See {@link #stream}. Used by one thread at a time.
     *
     * <p>The first batches are smaller: the database waits for the first, and the reading thread
     * makes rows faster than the database loads them (1M decisions: about 45,000 against 25,000
     * a second), so each batch may be half as large again as the one before and still be ready
     * when the database is: 25,000, 37,500, … up to {@code decisionsPerLoad}. With 200,000 from
     * the start the database waited 4-5 s for its first rows; with one small batch followed by
     * full ones it waited as long for the second.
     */
    public final class Stream implements AutoCloseable {

        private final int decisionsPerLoad;
        private int nextSize;
        private Batch open;

        private Stream(int decisionsPerLoad) {
            this.decisionsPerLoad = decisionsPerLoad;
            this.nextSize = Math.max(1, decisionsPerLoad / 8);
        }

        /**
         * Judges the decisions and adds their rows to the open batch.
         *
         * @return the batch, once it holds as many decisions as this batch may (see above); else null
         */
        public Batch add(List<Decision> decisions, Map<String, String> districts) {
            if (open == null) {
                open = new Batch();
            }
            open.add(decisions, districts);
            if (open.decisions < nextSize) {
                return null;
            }
            nextSize = (int) Math.min(decisionsPerLoad, Math.max(nextSize + 1L, nextSize * 3L / 2));
            return cut();
        }

        /** The open batch, possibly empty, to load at the end of the file. */
        public Batch cut() {
            Batch batch = open == null ? new Batch() : open;
            open = null;
            return batch;
        }

        @Override
        public void close() {
            if (open != null) {
                open.close();
                open = null;
            }
        }
    }

    /**
     * Loads a prepared batch in the caller's transaction and deletes its files.
     *
     * @return how many decisions were written
     */
    public int load(Batch batch) {
        try (batch) {
            // the order of PublicationWriter, so the change feed numbers events alike
            for (TsvFile file : List.of(batch.raw, batch.officers, batch.publicRows, batch.grams, batch.notices,
                    batch.events)) {
                if (file.rows() > 0) {
                    infile.load(file);
                }
            }
            return batch.decisions;
        }
    }

    /** A batch's rows in load files, one per table; closing it deletes what was not loaded. */
    public final class Batch implements AutoCloseable {

        private int decisions;
        private final TsvFile raw = infile.create("penalty_decision", PublicationRows.RAW_COLUMNS);
        private final TsvFile officers = infile.create("decision_officer", PublicationRows.OFFICER_COLUMNS);
        private final TsvFile publicRows = infile.create("public_decision", PublicationRows.PUBLIC_COLUMNS);
        private final TsvFile grams = infile.create("public_decision_gram", PublicationRows.GRAM_COLUMNS);
        private final TsvFile notices = infile.create("withdrawal_notice", PublicationRows.NOTICE_COLUMNS);
        private final TsvFile events = infile.create("publication_event", PublicationRows.EVENT_COLUMNS);

        private Batch() {
        }

        /** Judges the decisions and appends their rows, in the order they came (the change feed numbers events so). */
        private void add(List<Decision> batch, Map<String, String> districts) {
            LocalDateTime now = PublicationWriter.now(clock);
            LocalDate today = LegalTime.today(clock);
            for (Decision d : batch) {
                PublicationRows rows = PublicationRows.of(d, districts.get(d.agencyCode()), null,
                        PublicationWriter.rowHash(d), policy, today, now);
                raw.row(rows.raw());
                PublicDecision pub = rows.publicRow();
                if (pub != null) {
                    publicRows.row(PublicationRows.publicRow(pub, rows.firstPublished()));
                    for (Object[] officer : rows.officers()) {
                        officers.row(officer);
                    }
                    for (Object[] gram : PublicationRows.gramRows(pub)) {
                        grams.row(gram);
                    }
                }
                if (rows.notice() != null) {
                    notices.row(rows.notice());
                }
                if (rows.event() != null) {
                    events.row(rows.event());
                }
                decisions++;
            }
        }

        @Override
        public void close() {
            for (TsvFile file : new TsvFile[] {raw, officers, publicRows, grams, notices, events}) {
                file.close();
            }
        }
    }
}
