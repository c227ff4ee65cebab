package org.disclosurehub.database;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk writes with LOAD DATA: the server takes rows from a file the hub wrote in its
 * {@link LoadFolder}, reading it itself (the embedded server) or receiving it over the connection
 * (LOCAL, any other server), which costs both sides a fraction of what the same rows cost as
 * INSERT statements (no SQL text to build, bind, escape and parse per value). It runs in the
 * caller's transaction like any other statement.
 *
 * <p>LOAD DATA LOCAL turns what would be errors into warnings and skips rows with a duplicate
 * key, so {@link #load} checks that every row arrived without a warning and fails otherwise: the
 * transaction then rolls back as for any failed write. MySQL 8.4 servers refuse LOCAL loads
 * unless {@code local_infile} is switched on; callers ask {@link #available} first and write
 * with INSERTs when it says no.
 */
@Component
public class LocalInfile {

    private static final Logger log = LoggerFactory.getLogger(LocalInfile.class);
    private static final AtomicLong SERIAL = new AtomicLong();
    /** Counter of rows loaded, by table: {@code datahub_import_loaded_rows_total} in Prometheus. */
    public static final String LOADED_ROWS = "datahub.import.loaded.rows";

    private final JdbcTemplate jdbc;
    private final LoadFolder folder;
    private final boolean allowed;
    private final boolean serverOnThisMachine;
    /** Whether the server receives load files over the connection rather than reading them (see {@link #available}). */
    private volatile boolean local = true;

    private final MeterRegistry meters;

    LocalInfile(JdbcTemplate jdbc, LoadFolder folder, DatabaseProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.folder = folder;
        this.allowed = properties.loadDataLocal();
        this.serverOnThisMachine = properties.embedded();
    }

    /** A new, empty load file for rows of {@code table}'s {@code columns}. Any thread may write it. */
    public TsvFile create(String table, List<String> columns) {
        Path path = folder.path().resolve(table + "-" + SERIAL.incrementAndGet() + ".tsv");
        return new TsvFile(path, table, columns);
    }

    /**
     * Whether the hub may load ({@code datahub.db.load-data-local}) and this connection and server
     * accept it: tried with an empty file into {@code table}, which changes nothing. First the
     * server is asked to read the file itself (LOAD DATA INFILE: the embedded server, whose
     * {@code secure_file_priv} is the load folder), then to receive it (LOCAL). Ask on the
     * connection that will load (in its transaction); later loads use the way that worked.
     */
    public boolean available(String table) {
        if (!allowed) {
            return false;
        }
        // Only the embedded server is known to see the hub's files: another server might have a
        // file of its own at the same path.
        for (boolean local : serverOnThisMachine ? new boolean[] {false, true} : new boolean[] {true}) {
            try (TsvFile probe = create(table, List.of("probe"))) {
                probe.finish();
                jdbc.update(statement(probe.path(), table, List.of("@probe"), local));
                this.local = local;
                log.debug("bulk loads: the server {} the hub's files", local ? "receives" : "reads");
                return true;
            } catch (DataAccessException e) {
                if (local) {
                    log.info("LOAD DATA LOCAL is refused ({}); writing with INSERT statements instead. On MySQL, SET"
                            + " GLOBAL local_infile = ON lets large imports load several times faster",
                            e.getMostSpecificCause().getClass().getSimpleName());
                }
            }
        }
        return false;
    }

    /**
     * Loads the file into its table in the caller's transaction and deletes it.
     *
     * @throws IllegalStateException if a row was skipped or a value was not taken as written
     */
    public long load(TsvFile file) {
        try (file) {
            file.finish();
            long started = System.nanoTime();
            int loaded = jdbc.update(statement(file.path(), file.table(), file.columns(), local));
            Integer warnings = jdbc.queryForObject("SELECT @@warning_count", Integer.class);
            if (loaded != file.rows() || warnings == null || warnings != 0) {
                throw new IllegalStateException(file.table() + ": " + loaded + " of " + file.rows()
                        + " rows loaded with " + warnings + " warnings");
            }
            log.debug("{}: {} rows loaded in {} ms", file.table(), loaded, (System.nanoTime() - started) / 1_000_000);
            // an import's progress, for operators (rows of an import that is later rolled back count too)
            meters.counter(LOADED_ROWS, "table", file.table()).increment(loaded);
            return loaded;
        }
    }

    // LOCAL makes the server skip rows with a duplicate key (it cannot stop the sender), which
    // also bars MariaDB's bulk path for an empty table; a file the server reads itself fails on a
    // duplicate instead, and loads in half the server's time (1M decisions: 71 s -> 39 s).
    private static String statement(Path path, String table, List<String> columns, boolean local) {
        // The path is the hub's own (LoadFolder + table name + a number); quoted all the same.
        String literal = path.toString().replace("\\", "\\\\").replace("'", "\\'");
        // CHARACTER SET binary: the bytes are stored as they are, valid UTF-8 since Java wrote them,
        // without the server checking every character again (a tenth of its work).
        return "LOAD DATA " + (local ? "LOCAL " : "") + "INFILE '" + literal + "' INTO TABLE " + table + " CHARACTER SET binary"
                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                + " (" + String.join(", ", columns) + ")";
    }
}
