package org.disclosurehub.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The working-day calendar (calendar_day). */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CalendarRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<CalendarDay> year(int year) {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day WHERE day >= ? AND day < ? ORDER BY day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        CalendarDayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    public List<CalendarDay> all() {
        return jdbc.sql("SELECT day, kind, name FROM calendar_day ORDER BY day")
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        CalendarDayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    /** Upserts by date; the dataset import calls it inside its transaction. */
    public void upsert(List<CalendarDay> days) {
        template.batchUpdate("""
                INSERT INTO calendar_day (day, kind, name) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE kind = VALUES(kind), name = VALUES(name)""",
                days, days.size(), (ps, d) -> {
                    ps.setObject(1, d.date());
                    ps.setString(2, d.kind().name());
                    ps.setString(3, d.name());
                });
    }
}
