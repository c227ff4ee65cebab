package org.disclosurehub.calendar;

import java.time.LocalDate;

/**
 * A day that differs from the Monday–Friday working week (法定节假日 or 调休工作日).
 *
 * @param date the day
 * @param kind HOLIDAY (a weekday off) or WORKDAY (a weekend day worked)
 * @param name e.g. 春节, 春节调休
 */
public record CalendarDay(LocalDate date, CalendarDayKind kind, String name) {
}
