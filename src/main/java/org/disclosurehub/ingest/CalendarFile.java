package org.disclosurehub.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.calendar.CalendarDay;
import org.disclosurehub.calendar.CalendarDayKind;
import org.disclosurehub.calendar.CalendarRepository;

/** calendar.csv: days that differ from the Monday–Friday week. */
final class CalendarFile extends RecordFile<CalendarDay> {

    private final CalendarRepository calendar;

    CalendarFile(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    @Override
    String name() {
        return "calendar.csv";
    }

    @Override
    List<String> columns() {
        return List.of("date", "kind", "name");
    }

    @Override
    CalendarDay parse(Row row, ImportContext context) {
        LocalDate date = row.date("date", true);
        CalendarDayKind kind = row.enumValue("kind", CalendarDayKind.class, true);
        String name = row.required("name", 100);
        if (date != null && kind != null) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == CalendarDayKind.HOLIDAY && weekend) {
                row.error("kind", "HOLIDAY marks a weekday that is off, but " + date + " is a " + date.getDayOfWeek());
            }
            if (kind == CalendarDayKind.WORKDAY && !weekend) {
                row.error("kind", "WORKDAY marks a weekend day that is worked, but " + date + " is a " + date.getDayOfWeek());
            }
        }
        return row.ok() ? new CalendarDay(date, kind, name) : null;
    }

    @Override
    String key(CalendarDay record) {
        return record.date().toString();
    }

    @Override
    void register(CalendarDay record, int row, ImportContext context) {
        context.calendar.put(record.date(), record.kind());
    }

    @Override
    int write(List<CalendarDay> batch, ImportContext context) {
        calendar.upsert(batch);
        return NOT_COUNTED;
    }
}
