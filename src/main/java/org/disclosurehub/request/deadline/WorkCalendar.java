package org.disclosurehub.request.deadline;

import java.time.LocalDate;

/** The working-day calendar the deadline engine counts on (法定节假日与调休). */
public interface WorkCalendar {

    boolean isWorkingDay(LocalDate day);

    /** Whether the State Council schedule of the year is loaded; if not, Monday–Friday is only a guess. */
    boolean knows(int year);
}
