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

import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.calendar.CalendarRepository;
import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.officer.OfficerRepository;
import org.disclosurehub.policy.PublicationWriter;
import org.disclosurehub.power.PowerHistoryWriter;
import org.disclosurehub.power.PowerRepository;
import org.disclosurehub.request.ApplicationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a dataset folder (DATASET.md) all or nothing. First every row of every file is
 * streamed and checked (types, enums, check characters, references, duplicate keys); if any row
 * is bad, nothing is written and every bad row is reported. Only then are the files streamed a
 * second time and written in one transaction, so a crash or kill leaves the database as it was.
 * Writes upsert by key: importing the same folder twice changes nothing the second time.
 */
@Service
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    private static final int BATCH = 2_000;
    /** Files of the contract that later versions of the hub import; this one says so instead of failing. */
    private static final Set<String> NOT_YET_SUPPORTED = Set.of();

    private final CalendarRepository calendar;
    private final PowerHistoryWriter powerWriter;
    private final PublicationWriter publicationWriter;
    private final AgencyRepository agencies;
    private final PowerRepository powers;
    private final OfficerRepository officers;
    private final ApplicationStore applications;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatasetImporter(CalendarRepository calendar, AgencyRepository agencies, PowerRepository powers,
            PowerHistoryWriter powerWriter, PublicationWriter publicationWriter, OfficerRepository officers, TransactionTemplate transactions,
            JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, ApplicationStore applications) {
        this.applications = applications;
        this.calendar = calendar;
        this.powerWriter = powerWriter;
        this.publicationWriter = publicationWriter;
        this.agencies = agencies;
        this.powers = powers;
        this.officers = officers;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Fresh readers for one import: some keep per-file state (references to check after the file). */
    private Map<String, RecordFile<?>> readers() {
        Map<String, RecordFile<?>> files = new LinkedHashMap<>();
        DisclosureRequestFile requests = new DisclosureRequestFile(applications);
        for (RecordFile<?> file : List.of(new CalendarFile(calendar), new AgencyFile(agencies),
                new PowerFile(powerWriter), new OfficerFile(officers), new PenaltyDecisionFile(publicationWriter),
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
        context.freshDecisions = noDecisionsYet();
        List<ImportReport.FileSummary> summaries = new ArrayList<>();
        for (RecordFile<?> file : present) {
            long rows = validate(dataset, file, context, errors);
            summaries.add(new ImportReport.FileSummary(file.name(), rows, 0));
        }
        if (!errors.isEmpty()) {
            return new ImportReport(dataset.description(), false, summaries, errors.sorted(), errors.count(),
                    millisSince(started));
        }
        log.info("{}: every row checked in {} ms; writing", dataset.description(), millisSince(started));
        List<ImportReport.FileSummary> written = transactions.execute(status -> {
            lock();
            List<ImportReport.FileSummary> result = new ArrayList<>();
            long total = 0;
            try {
                for (RecordFile<?> file : present) {
                    ImportReport.FileSummary summary = write(dataset, file, context);
                    result.add(summary);
                    total += summary.rows();
                }
            } finally {
                jdbc.queryForObject("SELECT RELEASE_LOCK('datahub.import')", Integer.class);
            }
            jdbc.update("INSERT INTO import_run (source, seed, finished_at, row_count) VALUES (?, ?, ?, ?)",
                    context.source, seed, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                    total);
            return result;
        });
        events.publishEvent(new DataChangedEvent("import"));
        return new ImportReport(dataset.description(), true, written, List.of(), 0, millisSince(started));
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
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        Set<String> reportedKeys = new HashSet<>();
        long[] rows = {0};
        read(dataset, file, errors, (row) -> {
            rows[0]++;
            R record = file.parse(row, context);
            if (record == null) {
                return;
            }
            String key = file.key(record);
            Integer first = firstRowOfKey.putIfAbsent(key, row.number());
            if (first != null) {
                if (reportedKeys.add(key)) {
                    errors.add(file.name(), first, file.keyColumn(), "key " + Row.abbreviate(key) + " appears again in row "
                            + row.number());
                }
                row.error(file.keyColumn(), "key " + Row.abbreviate(key) + " already appears in row " + first);
                return;
            }
            file.register(record, row.number(), context);
        });
        file.afterFile(context, errors);
        return rows[0];
    }

    private <R> ImportReport.FileSummary write(Dataset dataset, RecordFile<R> file, ImportContext context) {
        ErrorSink errors = new ErrorSink();
        List<R> batch = new ArrayList<>(BATCH);
        long[] counts = {0, 0};
        boolean[] counted = {true};
        read(dataset, file, errors, row -> {
            R record = file.parse(row, context);
            if (record == null) {
                throw new IllegalStateException(file.name() + " changed while it was being imported");
            }
            batch.add(record);
            counts[0]++;
            if (batch.size() == BATCH) {
                flush(file, batch, context, counts, counted);
            }
        });
        if (!errors.isEmpty()) {
            throw new IllegalStateException(file.name() + " changed while it was being imported");
        }
        if (!batch.isEmpty()) {
            flush(file, batch, context, counts, counted);
        }
        return new ImportReport.FileSummary(file.name(), counts[0], counted[0] ? counts[1] : -1);
    }

    private static <R> void flush(RecordFile<R> file, List<R> batch, ImportContext context, long[] counts,
            boolean[] counted) {
        int written = file.write(batch, context);
        if (written == RecordFile.NOT_COUNTED) {
            counted[0] = false;
        } else {
            counts[1] += written;
        }
        batch.clear();
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
