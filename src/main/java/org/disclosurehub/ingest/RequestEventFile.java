package org.disclosurehub.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosurehub.calendar.CalendarDay;
import org.disclosurehub.calendar.CalendarDayKind;
import org.disclosurehub.calendar.CalendarRepository;
import org.disclosurehub.request.ApplicationStore;
import org.disclosurehub.request.EventKind;
import org.disclosurehub.request.EventRecord;
import org.disclosurehub.request.Histories;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.request.deadline.StepProblem;
import org.disclosurehub.request.deadline.WorkCalendar;

/**
 * request_events.csv: the steps of each application. Beyond types, every application's whole
 * history (what is stored, with this file's rows upserted into it) is run through the deadline
 * engine on the calendar as it will be after this import, so a step the OGI Regulations do not
 * allow (a correction notice after 7 working days, a second extension, an answer to a withdrawn
 * application …) is reported on its row before anything is written.
 */
final class RequestEventFile extends RecordFile<EventRecord> {

    private final ApplicationStore store;
    private final CalendarRepository calendar;
    private final DisclosureRequestFile requests;
    /** Rows of this file by application, each with its row number. */
    private final Map<String, List<Numbered>> byApplication = new LinkedHashMap<>();

    private record Numbered(int row, EventRecord event) {
    }

    RequestEventFile(ApplicationStore store, CalendarRepository calendar, DisclosureRequestFile requests) {
        this.store = store;
        this.calendar = calendar;
        this.requests = requests;
    }

    @Override
    String name() {
        return "request_events.csv";
    }

    @Override
    List<String> columns() {
        return List.of("tracking_no", "at", "kind", "outcome", "detail");
    }

    @Override
    EventRecord parse(Row row, ImportContext context) {
        String trackingNo = DisclosureRequestFile.trackingNo(row);
        OffsetDateTime at = row.timestamp("at", true);
        EventKind kind = row.enumValue("kind", EventKind.class, true);
        String outcome = row.text("outcome", 40);
        String detail = row.text("detail", 2_000);
        return row.ok() ? new EventRecord(trackingNo, at.toInstant(), kind, outcome, detail) : null;
    }

    @Override
    String key(EventRecord record) {
        return record.trackingNo() + " " + record.at() + " " + record.kind();
    }

    @Override
    String keyColumn() {
        return "at";
    }

    @Override
    void register(EventRecord record, int row, ImportContext context) {
        byApplication.computeIfAbsent(record.trackingNo(), k -> new ArrayList<>(4)).add(new Numbered(row, record));
    }

    @Override
    void afterFile(ImportContext context, ErrorSink errors) {
        Map<String, ApplicationStore.Submission> submissions = new HashMap<>(requests.submissions);
        Set<String> missing = new HashSet<>(byApplication.keySet());
        missing.removeAll(submissions.keySet());
        if (!missing.isEmpty()) {
            submissions.putAll(store.submissions(missing));
        }
        Map<String, List<EventRecord>> stored = store.anyEvents() ? store.events(byApplication.keySet()) : Map.of();
        WorkCalendar days = calendarAfterImport(context);
        byApplication.forEach((trackingNo, rows) -> {
            ApplicationStore.Submission submission = submissions.get(trackingNo);
            if (submission == null) {
                for (Numbered n : rows) {
                    errors.add(name(), n.row(), "tracking_no", "no application " + trackingNo
                            + " in disclosure_requests.csv or already imported");
                }
                return;
            }
            check(trackingNo, submission, rows, stored.getOrDefault(trackingNo, List.of()), days, errors);
        });
        byApplication.clear();
    }

    private void check(String trackingNo, ApplicationStore.Submission submission, List<Numbered> rows,
            List<EventRecord> stored, WorkCalendar days, ErrorSink errors) {
        // this file's rows replace stored events with the same key
        Map<String, Integer> rowOf = new HashMap<>();
        Map<String, EventRecord> merged = new LinkedHashMap<>();
        for (EventRecord e : stored) {
            merged.put(key(e), e);
        }
        for (Numbered n : rows) {
            merged.put(key(n.event()), n.event());
            rowOf.put(key(n.event()), n.row());
        }
        List<EventRecord> history = new ArrayList<>(merged.values());
        history.sort(Histories.ORDER);
        Life life = Histories.derive(submission.channel(), submission.submittedAt(), history, days);
        for (StepProblem p : life.problems()) {
            Integer row = rowOf.get(key(history.get(p.index())));
            errors.add(name(), row == null ? 0 : row, p.column(), row == null
                    ? "application " + trackingNo + ": an already imported " + history.get(p.index()).kind()
                            + " event no longer fits: " + p.message()
                    : p.message());
        }
    }

    /** The stored calendar with this import's calendar.csv laid over it. */
    private WorkCalendar calendarAfterImport(ImportContext context) {
        Map<LocalDate, CalendarDayKind> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        for (CalendarDay d : calendar.all()) {
            exceptions.put(d.date(), d.kind());
            years.add(d.date().getYear());
        }
        exceptions.putAll(context.calendar);
        context.calendar.keySet().forEach(d -> years.add(d.getYear()));
        return new WorkCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate day) {
                CalendarDayKind kind = exceptions.get(day);
                if (kind != null) {
                    return kind == CalendarDayKind.WORKDAY;
                }
                return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            }

            @Override
            public boolean knows(int year) {
                return years.contains(year);
            }
        };
    }

    @Override
    int write(List<EventRecord> batch, ImportContext context) {
        store.upsertEvents(batch);
        return NOT_COUNTED;
    }
}
