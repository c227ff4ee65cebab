package org.disclosurehub.request.deadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The State Council's official schedules 2021–2026 (seed-data/calendar.csv, a verbatim copy of
 * the contract's calendar-cn.csv) as a {@link WorkCalendar}, with a way to add a holiday as a
 * later notice would.
 */
final class OfficialCalendar implements WorkCalendar {

    private final Map<LocalDate, Boolean> exceptions = new HashMap<>();
    private final Set<Integer> years = new HashSet<>();

    static OfficialCalendar load() {
        OfficialCalendar c = new OfficialCalendar();
        try {
            List<String> lines = Files.readAllLines(Path.of("seed-data/calendar.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                LocalDate day = LocalDate.parse(f[0]);
                c.exceptions.put(day, f[1].equals("WORKDAY"));
                c.years.add(day.getYear());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    OfficialCalendar withHoliday(LocalDate day) {
        OfficialCalendar c = new OfficialCalendar();
        c.exceptions.putAll(exceptions);
        c.years.addAll(years);
        c.exceptions.put(day, false);
        return c;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Boolean worked = exceptions.get(day);
        if (worked != null) {
            return worked;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean knows(int year) {
        return years.contains(year);
    }
}
