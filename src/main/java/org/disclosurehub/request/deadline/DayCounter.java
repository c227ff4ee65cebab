package org.disclosurehub.request.deadline;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working-day arithmetic for one derivation. Every day it looks at in a year whose official
 * schedule is not loaded is remembered, so the result can say that it rests on a guess.
 */
final class DayCounter {

    private final WorkCalendar calendar;
    private final Set<Integer> gaps = new TreeSet<>();
    private int checkedYear = Integer.MIN_VALUE;

    DayCounter(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    boolean isWorkingDay(LocalDate day) {
        int year = day.getYear();
        if (year != checkedYear) {
            checkedYear = year;
            if (!calendar.knows(year)) {
                gaps.add(year);
            }
        }
        return calendar.isWorkingDay(day);
    }

    /** The {@code n}th working day after {@code day}: counting starts the day after. */
    LocalDate add(LocalDate day, int n) {
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

    /** Working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code day}. */
    LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    Set<Integer> gaps() {
        return Set.copyOf(gaps);
    }
}
