package org.disclosurehub.calendar;

import java.util.List;

/**
 * The official working-day calendar of one year.
 *
 * @param year  the year
 * @param known whether the State Council schedule for the year has been loaded
 * @param days  its exceptional days in date order
 */
public record CalendarYear(int year, boolean known, List<CalendarDay> days) {
}
