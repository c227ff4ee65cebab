package org.disclosurehub.calendar;

import java.util.List;

import org.disclosurehub.graphql.HubException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code calendar(year)}: the official working-day calendar. */
@Controller
class CalendarController {

    private final CalendarRepository calendar;

    CalendarController(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    @QueryMapping
    CalendarYear calendar(@Argument int year) {
        if (year < 1949 || year > 2200) {
            throw HubException.badInput("year must be between 1949 and 2200, got " + year + ".");
        }
        List<CalendarDay> days = calendar.year(year);
        // Every State Council schedule names at least New Year's Day and the Spring Festival,
        // so a year with no rows is a year whose schedule the hub does not have.
        return new CalendarYear(year, !days.isEmpty(), days);
    }
}
