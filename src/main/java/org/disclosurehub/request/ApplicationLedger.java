package org.disclosurehub.request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import java.time.Clock;
import java.time.LocalDate;

import org.disclosurehub.database.DataChangedEvent;
import org.disclosurehub.request.deadline.CalendarSnapshot;
import org.disclosurehub.request.deadline.WorkCalendar;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.disclosurehub.request.deadline.Life;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The derived state of every application (its {@link Life} without the explanation text), held
 * in memory for statistics and the annual report, which would otherwise fold every history on
 * every request. It is a cache of what the events and the calendar determine, never a second
 * record: any write elsewhere (an import, a calendar change, another feature's mutation) drops it
 * and the next reader rebuilds it from the database; a caseworker step or a submission re-derives
 * only its own application ({@link #refresh}), also when it lands during a build. A rebuild that
 * raced an import is used once and not kept.
 */
@Service
public class ApplicationLedger {

    /** The source of the {@link DataChangedEvent} a caseworker step announces: it refreshes its entry itself. */
    public static final String STEP = "application-step";

    private static final Logger log = LoggerFactory.getLogger(ApplicationLedger.class);

    private final ApplicationStore store;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    /**
     * Whether anything has read the ledger since start-up: only then is it rebuilt in the
     * background after a write (a hub whose reports nobody reads does no work for them).
     */
    private volatile boolean used;
    /** Counts the writes that drop the ledger: a build that raced one is used once and not kept. */
    private final AtomicLong writes = new AtomicLong();
    /** Applications a caseworker step or a submission changed, still to be re-derived into the ledger. */
    private final java.util.Set<String> pending = ConcurrentHashMap.newKeySet();
    /** One background builder; a build it starts after a write makes the next reader wait less. */
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "application-ledger");
        t.setDaemon(true);
        return t;
    });

    ApplicationLedger(ApplicationStore store, WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One application's derived state with what the reports group it by. */
    public record Entry(String trackingNo, String agencyCode, ApplicantType applicantType, Life life) {
    }

    /** Every application, by tracking number and by agency. */
    public record Snapshot(Map<String, Entry> byTrackingNo, Map<String, List<Entry>> byAgency) {

        public List<Entry> ofAgencies(Collection<String> agencyCodes) {
            List<Entry> result = new ArrayList<>();
            for (String code : agencyCodes) {
                result.addAll(byAgency.getOrDefault(code, List.of()));
            }
            return result;
        }
    }

    /**
     * Writes that cannot change an application's derived state (it depends on the applications,
     * their events and the calendar only); any other source, an import above all, drops the ledger.
     */
    private static final java.util.Set<String> UNRELATED = java.util.Set.of(STEP, "power", "officer", "agency",
            "policy", "penalty_decision");

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }

    @EventListener
    void on(DataChangedEvent event) {
        if (!UNRELATED.contains(event.source())) {
            writes.incrementAndGet();
            snapshot.set(null);
            if (used) {
                warm();
            }
        }
    }

    public Snapshot current() {
        used = true;
        return snapshot();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot.get();
        if (s != null) {
            return s;
        }
        // one build at a time: readers that arrive meanwhile wait for it rather than repeat it
        synchronized (this) {
            s = snapshot.get();
            if (s != null) {
                return s;
            }
            long before = writes.get();
            s = build();
            if (writes.get() == before) {
                snapshot.compareAndSet(null, s);
            }
            // steps recorded while it was built may be missing from what it read: re-derive them
            drainPending(s);
            return s;
        }
    }

    /**
     * Builds the ledger in the background after start-up, so the first reader rarely waits for it;
     * after a write it is rebuilt in the background too once someone has read it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        warm();
    }

    private void warm() {
        background.execute(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                // the next reader builds it again and reports what fails then
                log.debug("Background build of the application ledger failed: {}", e.getClass().getName());
            }
        });
    }

    /** Re-derives one application after a caseworker step committed. */
    public void refresh(String trackingNo) {
        pending.add(trackingNo);
        Snapshot s = snapshot.get();
        if (s != null) {
            drainPending(s);
        }
    }

    private void drainPending(Snapshot s) {
        for (String trackingNo : pending) {
            if (pending.remove(trackingNo)) {
                apply(s, trackingNo);
            }
        }
    }

    private void apply(Snapshot s, String trackingNo) {
        ApplicationStore.Submission submission = store.submissions(List.of(trackingNo)).get(trackingNo);
        if (submission == null) {
            return;
        }
        Entry entry = entry(trackingNo, submission, store.eventsOf(trackingNo), calendar);
        Entry old = s.byTrackingNo().put(trackingNo, entry);
        List<Entry> agencyList = s.byAgency().computeIfAbsent(entry.agencyCode(),
                k -> new java.util.concurrent.CopyOnWriteArrayList<>());
        if (old != null) {
            agencyList.remove(old);
        }
        agencyList.add(entry);
    }

    private Snapshot build() {
        long started = System.nanoTime();
        int year = LocalDate.now(clock).getYear();
        // an array copy of the calendar: a build looks up millions of days
        WorkCalendar days = CalendarSnapshot.of(calendar, year - 12, year + 3);
        Map<String, Entry> byTrackingNo = new ConcurrentHashMap<>();
        Map<String, List<Entry>> byAgency = new ConcurrentHashMap<>();
        long[] deriving = {0};
        store.streamAll((trackingNo, submission, events) -> {
            long t = System.nanoTime();
            Entry e = entry(trackingNo, submission, events, days);
            deriving[0] += System.nanoTime() - t;
            byTrackingNo.put(trackingNo, e);
            byAgency.computeIfAbsent(e.agencyCode(), k -> new ArrayList<>()).add(e);
        });
        Map<String, List<Entry>> concurrent = new ConcurrentHashMap<>();
        byAgency.forEach((k, v) -> concurrent.put(k, new java.util.concurrent.CopyOnWriteArrayList<>(v)));
        log.info("Derived the state of {} applications in {} ms ({} ms of it in the deadline engine)", byTrackingNo.size(),
                (System.nanoTime() - started) / 1_000_000, deriving[0] / 1_000_000);
        return new Snapshot(byTrackingNo, concurrent);
    }

    private static Entry entry(String trackingNo, ApplicationStore.Submission submission, List<EventRecord> events,
            WorkCalendar days) {
        Life life = Histories.derive(submission.channel(), submission.submittedAt(), events, days, false);
        return new Entry(trackingNo, submission.agencyCode(), submission.applicantType(), life);
    }
}
