package org.disclosurehub.request.deadline;

import java.time.LocalDate;

/**
 * A calendar copied into arrays for the years a bulk derivation needs, so that each of its
 * millions of look-ups is an array read. Days outside the copied range ask the source.
 */
public final class CalendarSnapshot implements WorkCalendar {

    private final WorkCalendar source;
    private final long firstDay;
    private final boolean[] working;
    private final int firstYear;
    private final boolean[] known;

    private CalendarSnapshot(WorkCalendar source, int fromYear, int toYear) {
        this.source = source;
        this.firstYear = fromYear;
        this.firstDay = LocalDate.of(fromYear, 1, 1).toEpochDay();
        int days = (int) (LocalDate.of(toYear + 1, 1, 1).toEpochDay() - firstDay);
        this.working = new boolean[days];
        for (int i = 0; i < days; i++) {
            working[i] = source.isWorkingDay(LocalDate.ofEpochDay(firstDay + i));
        }
        this.known = new boolean[toYear - fromYear + 1];
        for (int y = fromYear; y <= toYear; y++) {
            known[y - fromYear] = source.knows(y);
        }
    }

    /** A copy of {@code source} for the years {@code fromYear} to {@code toYear} (inclusive). */
    public static CalendarSnapshot of(WorkCalendar source, int fromYear, int toYear) {
        return new CalendarSnapshot(source, fromYear, toYear);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        long i = day.toEpochDay() - firstDay;
        return i >= 0 && i < working.length ? working[(int) i] : source.isWorkingDay(day);
    }

    @Override
    public boolean knows(int year) {
        int i = year - firstYear;
        return i >= 0 && i < known.length ? known[i] : source.knows(year);
    }
}
