package org.disclosurehub.request;

import java.time.LocalDate;

import org.disclosurehub.calendar.WorkingDays;
import org.disclosurehub.request.deadline.WorkCalendar;
import org.springframework.stereotype.Component;

/** The hub's official calendar ({@link WorkingDays}, reloaded after every write) for the deadline engine. */
@Component
public class WorkingDayCalendar implements WorkCalendar {

    private final WorkingDays days;

    WorkingDayCalendar(WorkingDays days) {
        this.days = days;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return days.isWorkingDay(day);
    }

    @Override
    public boolean knows(int year) {
        return days.knows(year);
    }
}
