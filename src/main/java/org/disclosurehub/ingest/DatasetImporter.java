package org.disclosurehub.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.calendar.CalendarRepository;
import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.officer.OfficerRepository;
import org.disclosurehub.policy.DecisionTables;
import org.disclosurehub.policy.PublicationLoader;
import org.disclosurehub.policy.PublicationWriter;
import org.disclosurehub.power.PowerHistoryWriter;
import org.disclosurehub.power.PowerRepository;
import org.disclosurehub.request.ApplicationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a dataset folder (DATASET.md) all or nothing. Every row of every file is streamed and
 * checked (types, enums, check characters, references, duplicate keys); if any row is bad,
 * nothing is written and every bad row is reported. The small files are checked first and then
 * streamed a second time to be written; a large file (penalty decisions, a million rows) is
 * checked and written in one pass, and a bad row anywhere in it rolls the whole import back. All
 * writes happen in one transaction, so a crash or kill leaves the database as it was, and no
 * reader ever sees part of an import. Writes upsert by key: importing the same folder twice
 * changes nothing the second time.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    /** Files of the contract that later versions of the hub import; this one says so instead of failing. */
    private static final Set<String> NOT_YET_SUPPORTED = Set.of();

    private final CalendarRepository calendar;
    private final PowerHistoryWriter powerWriter;
    private final PublicationWriter publicationWriter;
    private final PublicationLoader publicationLoader;
    private final AgencyRepository agencies;
    private final PowerRepository powers;
    private final OfficerRepository officers;
    private final ApplicationStore applications;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportProperties properties;
    private final DecisionTables decisionTables;

    DatasetImporter(CalendarRepository calendar, AgencyRepository agencies, PowerRepository powers,
            PowerHistoryWriter powerWriter, PublicationWriter publicationWriter, PublicationLoader publicationLoader,
            OfficerRepository officers, TransactionTemplate transactions,
            JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, ImportProperties properties,
            ApplicationStore applications, DecisionTables decisionTables) {
        this.applications = applications;
        this.decisionTables = decisionTables;
        this.calendar = calendar;
        this.powerWriter = powerWriter;
        this.publicationWriter = publicationWriter;
        this.publicationLoader = publicationLoader;
        this.agencies = agencies;
        this.powers = powers;
        this.officers = officers;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** Fresh readers for one import: some keep per-file state (references to check after the file). */
    private Map<String, RecordFile<?>> readers() {
        Map<String, RecordFile<?>> files = new LinkedHashMap<>();
        DisclosureRequestFile requests = new DisclosureRequestFile(applications);
        for (RecordFile<?> file : List.of(new CalendarFile(calendar), new AgencyFile(agencies),
                new PowerFile(powerWriter), new OfficerFile(officers), new PenaltyDecisionFile(publicationWriter, publicationLoader,
                        properties.loadBatchSize()),
                requests, new RequestEventFile(applications, calendar, requests))) {
            files.put(file.name(), file);
        }
        return files;
    }

    public ImportReport importDataset(Dataset dataset, boolean seed) {
        long started = System.nanoTime();
        ErrorSink errors = new ErrorSink();
        Map<String, RecordFile<?>> files = readers();
        List<RecordFile<?>> present = new ArrayList<>();
        try {
            Set<String> names = dataset.csvFiles();
            for (String name : names) {
                if (!files.containsKey(name) && !NOT_YET_SUPPORTED.contains(name)) {
                    errors.add(name, 0, null, "is not a file of the dataset contract; expected "
                            + String.join(", ", DatasetFiles.ORDER));
                }
            }
            for (String name : DatasetFiles.ORDER) {
                if (names.contains(name) && files.containsKey(name)) {
                    present.add(files.get(name));
                } else if (names.contains(name)) {
                    log.warn("{}: {} is not imported by this version of the hub", dataset.description(), name);
                }
            }
        } catch (IOException e) {
            errors.add("(folder)", 0, null, "cannot be read: " + e.getMessage());
        }
        ImportContext context = new ImportContext(abbreviate(dataset.description()), agencies::refs, powers::codes,
                officers::all);
        List<ImportReport.FileSummary> summaries = new ArrayList<>();
        // Files up to the first large one are checked now; it and those after it are checked in the transaction.
        int checkedLater = 0;
        while (checkedLater < present.size() && !present.get(checkedLater).checkedWhileWritten()) {
            RecordFile<?> file = present.get(checkedLater++);
            summaries.add(new ImportReport.FileSummary(file.name(), validate(dataset, file, context, errors), 0));
        }
        if (errors.isEmpty() && checkedLater < present.size()) {
            log.info("{}: the first {} files checked in {} ms; checking and writing the rest", dataset.description(),
                    checkedLater, millisSince(started));
        } else if (errors.isEmpty()) {
            log.info("{}: every row checked in {} ms; writing", dataset.description(), millisSince(started));
        } else {
            for (RecordFile<?> file : present.subList(checkedLater, present.size())) {
                summaries.add(new ImportReport.FileSummary(file.name(), validate(dataset, file, context, errors), 0));
            }
            return rejected(dataset, summaries, errors, started);
        }
        List<RecordFile<?>> rest = present.subList(checkedLater, present.size());
        List<ImportReport.FileSummary> written = transactions.execute(status -> {
            lock();
            // Asked under the lock: an import that finished while this one was checking has written decisions.
            context.freshDecisions = noDecisionsYet();
            List<ImportReport.FileSummary> result = new ArrayList<>();
            long total = 0;
            List<RecordFile<?>> checkedBefore = present.subList(0, present.size() - rest.size());
            // A large file goes first: MariaDB takes its bulk path into an empty table (one undo
            // record for the table, index entries sorted) only for a transaction's first writes.
            // The files checked before it are known to its checks already (ImportContext), and the
            // schema has no foreign keys that would care about the order of the writes.
            int first = !rest.isEmpty() && rest.get(0).checkedWhileWritten() ? 1 : 0;
            List<RecordFile<?>> order = new ArrayList<>(rest.subList(0, first));
            order.addAll(checkedBefore);
            order.addAll(rest.subList(first, rest.size()));
            Map<String, ImportReport.FileSummary> byFile = new HashMap<>();
            try {
                for (RecordFile<?> file : order) {
                    if (checkedBefore.contains(file)) {
                        if (errors.isEmpty()) {
                            byFile.put(file.name(), write(dataset, file, context));
                        }
                        continue;
                    }
                    ImportReport.FileSummary summary;
                    if (!errors.isEmpty()) {
                        summary = new ImportReport.FileSummary(file.name(), validate(dataset, file, context, errors), 0);
                    } else if (file.checkedWhileWritten()) {
                        summary = checkAndWrite(dataset, file, context, errors);
                    } else {
                        long rows = validate(dataset, file, context, errors);
                        summary = errors.isEmpty() ? write(dataset, file, context)
                                : new ImportReport.FileSummary(file.name(), rows, 0);
                    }
                    summaries.add(summary);
                    byFile.put(file.name(), summary);
                }
            } finally {
                jdbc.queryForObject("SELECT RELEASE_LOCK('datahub.import')", Integer.class);
            }
            if (!errors.isEmpty()) {
                // a bad row in a file checked while it was written: none of it, nor of any other file, stays
                status.setRollbackOnly();
                return null;
            }
            for (RecordFile<?> file : present) {
                result.add(byFile.get(file.name()));
                total += byFile.get(file.name()).rows();
            }
            jdbc.update("INSERT INTO import_run (source, seed, finished_at, row_count) VALUES (?, ?, ?, ?)",
                    context.source, seed, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                    total);
            return result;
        });
        if (written == null) {
            return rejected(dataset, summaries, errors, started);
        }
        if (written.stream().anyMatch(f -> f.file().equals(PenaltyDecisionFile.NAME) && f.written() != 0)) {
            decisionTables.analyze();
        }
        events.publishEvent(new DataChangedEvent("import"));
        return new ImportReport(dataset.description(), true, written, List.of(), 0, millisSince(started));
    }

    /** A rejection: what each file held, nothing written (what a file checked while written wrote was rolled back). */
    private static ImportReport rejected(Dataset dataset, List<ImportReport.FileSummary> summaries, ErrorSink errors,
            long started) {
        List<ImportReport.FileSummary> files = summaries.stream()
                .map(f -> new ImportReport.FileSummary(f.file(), f.rows(), 0)).toList();
        return new ImportReport(dataset.description(), false, files, errors.sorted(), errors.count(),
                millisSince(started));
    }

    private boolean noDecisionsYet() {
        return jdbc.queryForList("SELECT decision_no FROM penalty_decision LIMIT 1", String.class).isEmpty();
    }

    /** Whether a seed dataset has ever been imported into this database. */
    public boolean seeded() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE seed = TRUE", Integer.class);
        return n != null && n > 0;
    }

    private <R> long validate(Dataset dataset, RecordFile<R> file, ImportContext context, ErrorSink errors) {
        Checker<R> checker = new Checker<>(file, context, errors);
        long[] rows = {0};
        read(dataset, file, errors, row -> {
            rows[0]++;
            checker.check(row);
        });
        file.afterFile(context, errors);
        return rows[0];
    }

    /** Checks rows as {@link #validate} does: parse, reject a key seen before, make the record known. */
    private static final class Checker<R> {

        private final RecordFile<R> file;
        private final ImportContext context;
        private final ErrorSink errors;
        private final Map<String, Integer> firstRowOfKey = new HashMap<>();
        private final Set<String> reportedKeys = new HashSet<>();

        Checker(RecordFile<R> file, ImportContext context, ErrorSink errors) {
            this.file = file;
            this.context = context;
            this.errors = errors;
        }

        /** The row's record if it is valid, else null (its problems are recorded). */
        R check(Row row) {
            R record = file.parse(row, context);
            if (record == null) {
                return null;
            }
            String key = file.key(record);
            Integer first = firstRowOfKey.putIfAbsent(key, row.number());
            if (first != null) {
                if (reportedKeys.add(key)) {
                    errors.add(file.name(), first, file.keyColumn(), "key " + Row.abbreviate(key) + " appears again in row "
                            + row.number());
                }
                row.error(file.keyColumn(), "key " + Row.abbreviate(key) + " already appears in row " + first);
                return null;
            }
            file.register(record, row.number(), context);
            return record;
        }
    }

    /** Writes a file checked before, streaming it again. */
    private <R> ImportReport.FileSummary write(Dataset dataset, RecordFile<R> file, ImportContext context) {
        file.beforeWrite(context);
        try {
            return writeChecked(dataset, file, context);
        } finally {
            file.afterWrite(context);
        }
    }

    private <R> ImportReport.FileSummary writeChecked(Dataset dataset, RecordFile<R> file, ImportContext context) {
        long started = System.nanoTime();
        Written written = new Written();
        ErrorSink errors = new ErrorSink();
        List<List<R>> batch = new ArrayList<>(List.of(new ArrayList<>(file.batchSize())));
        long[] rows = {0};
        read(dataset, file, errors, row -> {
            R record = file.parse(row, context);
            if (record == null) {
                throw changed(file);
            }
            batch.get(0).add(record);
            rows[0]++;
            if (batch.get(0).size() == file.batchSize()) {
                written.add(file.prepare(batch.get(0), context).run());
                batch.set(0, new ArrayList<>(file.batchSize()));
            }
        });
        if (!errors.isEmpty()) {
            throw changed(file);
        }
        if (!batch.get(0).isEmpty()) {
            written.add(file.prepare(batch.get(0), context).run());
        }
        written.add(file.finish(context).run());
        log.info("{}: {} rows written in {} ms", file.name(), rows[0], millisSince(started));
        return new ImportReport.FileSummary(file.name(), rows[0], written.count());
    }

    private static IllegalStateException changed(RecordFile<?> file) {
        return new IllegalStateException(file.name() + " changed while it was being imported");
    }

    /**
     * Checks a large file and writes it in one streaming pass: a second thread reads, checks and
     * prepares batches (see {@link Pipeline}) while this one writes them in the transaction. Once
     * a row is bad nothing more is written, but every row is still checked, so that all problems
     * are reported; the caller then rolls the transaction back.
     */
    private <R> ImportReport.FileSummary checkAndWrite(Dataset dataset, RecordFile<R> file, ImportContext context,
            ErrorSink errors) {
        long started = System.nanoTime();
        file.beforeWrite(context);
        Checker<R> checker = new Checker<>(file, context, errors);
        AtomicBoolean rejected = new AtomicBoolean();
        long[] rows = {0};
        Written written = new Written();
        try {
            pipeline(dataset, file, context, errors, checker, rejected, rows, written);
        } finally {
            file.afterWrite(context);
        }
        if (errors.isEmpty()) {
            log.info("{}: {} rows checked and written in {} ms", file.name(), rows[0], millisSince(started));
        }
        return new ImportReport.FileSummary(file.name(), rows[0], written.count());
    }

    private <R> void pipeline(Dataset dataset, RecordFile<R> file, ImportContext context, ErrorSink errors,
            Checker<R> checker, AtomicBoolean rejected, long[] rows, Written written) {
        Pipeline.run(file.name(), sink -> {
            List<List<R>> batch = new ArrayList<>(List.of(new ArrayList<>(file.batchSize())));
            read(dataset, file, errors, row -> {
                rows[0]++;
                R record = checker.check(row);
                if (!errors.isEmpty()) {
                    rejected.set(true);
                    batch.get(0).clear();
                } else if (record != null) {
                    batch.get(0).add(record);
                    if (batch.get(0).size() == file.batchSize()) {
                        queue(sink, file.prepare(batch.get(0), context));
                        batch.set(0, new ArrayList<>(file.batchSize()));
                    }
                }
            });
            file.afterFile(context, errors);
            if (errors.isEmpty() && !batch.get(0).isEmpty()) {
                queue(sink, file.prepare(batch.get(0), context));
            }
            if (errors.isEmpty()) {
                queue(sink, file.finish(context));
            }
            rejected.set(!errors.isEmpty());
        }, prepared -> {
            if (rejected.get()) {
                prepared.discard();
            } else {
                written.add(prepared.run());
            }
        });
    }

    /** Queues a write for the transaction's thread; a write of nothing would only take a place in the queue. */
    private static void queue(java.util.function.Consumer<RecordFile.Write> sink, RecordFile.Write write) {
        if (write != RecordFile.Write.NOTHING) {
            sink.accept(write);
        }
    }

    /** How many rows the writes of a file inserted or changed, unless one of them could not tell. */
    private static final class Written {

        private long rows;
        private boolean counted = true;

        void add(int written) {
            if (written == RecordFile.NOT_COUNTED) {
                counted = false;
            } else {
                rows += written;
            }
        }

        long count() {
            return counted ? rows : -1;
        }
    }

    private interface RowHandler {
        void handle(Row row);
    }

    /** Streams a file's rows to the handler after checking its header; problems go to {@code errors}. */
    private void read(Dataset dataset, RecordFile<?> file, ErrorSink errors, RowHandler handler) {
        CsvReader csv = null;
        try {
            csv = new CsvReader(new Utf8Reader(dataset.open(file.name())));
            List<String> header = csv.next();
            if (header == null) {
                errors.add(file.name(), 1, null, "is empty: the header row is missing");
                return;
            }
            Map<String, Integer> columns = header(file, header, errors);
            if (columns == null) {
                return;
            }
            List<String> values;
            while ((values = csv.next()) != null) {
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    continue; // a blank line
                }
                Row row = new Row(file.name(), csv.row(), columns, values, errors);
                if (values.size() != header.size()) {
                    row.error(null, "has " + values.size() + " fields but the header has " + header.size());
                    continue;
                }
                handler.handle(row);
            }
        } catch (CsvReader.EncodingException e) {
            errors.add(file.name(), e.row, null, "is not valid UTF-8 text from this row on; nothing after it was read"
                    + " (save the file as CSV UTF-8)");
        } catch (CsvReader.CsvFormatException e) {
            errors.add(file.name(), e.row, null, "is not valid CSV: " + e.getMessage() + "; nothing after this row was read");
        } catch (IOException e) {
            errors.add(file.name(), 0, null, "cannot be read: " + e.getMessage());
        } finally {
            if (csv != null) {
                try {
                    csv.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
        }
    }

    private static Map<String, Integer> header(RecordFile<?> file, List<String> header, ErrorSink errors) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip();
            if (!file.columns().contains(column) && !file.optionalColumns().contains(column)) {
                errors.add(file.name(), 1, column, "is not a column of " + file.name() + "; expected "
                        + String.join(", ", file.columns()));
                ok = false;
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(file.name(), 1, column, "appears twice in the header");
                ok = false;
            }
        }
        for (String required : file.columns()) {
            if (!columns.containsKey(required)) {
                errors.add(file.name(), 1, required, "is missing from the header");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private void lock() {
        Integer got = jdbc.queryForObject("SELECT GET_LOCK('datahub.import', 60)", Integer.class);
        if (got == null || got != 1) {
            throw new IllegalStateException("another import is running; try again when it has finished");
        }
    }

    /** A dataset's description as import_run and power_change store it (at most 500 characters, keeping the end). */
    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : "…" + s.substring(s.length() - 499);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
