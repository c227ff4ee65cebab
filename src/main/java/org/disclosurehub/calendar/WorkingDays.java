package org.disclosurehub.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.disclosurehub.cache.Invalidations;
import org.disclosurehub.database.DataChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Working days on the official calendar: Monday to Friday, minus public holidays, plus the
 * weekend days worked instead (调休). Loaded once and again after every write.
 */
@Service
public class WorkingDays {

    private final CalendarRepository calendar;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final Invalidations invalidations;

    WorkingDays(CalendarRepository calendar, Invalidations invalidations) {
        this.calendar = calendar;
        this.invalidations = invalidations;
    }

    @EventListener
    void on(DataChangedEvent event) {
        invalidations.advance();
        snapshot.set(null);
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDayKind kind = current().exceptions.get(day);
        if (kind != null) {
            return kind == CalendarDayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the official schedule of the year is known (else Monday–Friday is only a guess). */
    public boolean knows(int year) {
        return current().years.contains(year);
    }

    /** The {@code n}th working day after {@code day} (counting starts the day after). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private Snapshot current() {
        Snapshot s = snapshot.get();
        if (s == null) {
            long stamp = invalidations.stamp();
            s = Snapshot.of(calendar.all());
            snapshot.set(s);
            if (invalidations.movedSince(stamp)) {
                // loaded before a write committed: use it for this call, but do not keep it
                snapshot.compareAndSet(s, null);
            }
        }
        return s;
    }

    private record Snapshot(Map<LocalDate, CalendarDayKind> exceptions, Set<Integer> years) {

        static Snapshot of(List<CalendarDay> days) {
            Map<LocalDate, CalendarDayKind> exceptions = new HashMap<>();
            Set<Integer> years = new HashSet<>();
            for (CalendarDay d : days) {
                exceptions.put(d.date(), d.kind());
                years.add(d.date().getYear());
            }
            return new Snapshot(exceptions, years);
        }
    }
}
