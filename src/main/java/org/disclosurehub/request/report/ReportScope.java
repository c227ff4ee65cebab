package org.disclosurehub.request.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a report covers: the agencies (one, or a district's), the year, and the day its counts are
 * taken (31 December, or today while the year runs).
 */
@Component
class ReportScope {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportScope(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Scope(int year, String name, List<String> agencyCodes, LocalDate asOf) {

        LocalDate firstDay() {
            return LocalDate.of(year, 1, 1);
        }
    }

    Scope of(int year, String agencyCode, String district) {
        LocalDate today = LegalTime.today(clock);
        if (year < 2008 || year > today.getYear()) {
            // the OGI Regulations took effect in 2008
            throw HubException.badInput("year must be between 2008 and " + today.getYear() + ", got " + year + ".");
        }
        if ((agencyCode == null) == (district == null)) {
            throw HubException.badInput("Give exactly one of agencyCode and district.");
        }
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        if (agencyCode != null) {
            String name = jdbc.sql("SELECT name FROM agency WHERE code = ?").param(agencyCode).query(String.class)
                    .optional().orElseThrow(() -> new HubException(ErrorCode.NOT_FOUND, "No agency with code " + agencyCode + "."));
            return new Scope(year, name, List.of(agencyCode), asOf);
        }
        List<String> codes = jdbc.sql("SELECT code FROM agency WHERE district = ? ORDER BY code").param(district)
                .query(String.class).list();
        if (codes.isEmpty()) {
            throw new HubException(ErrorCode.NOT_FOUND, "No agency in district " + district + ".");
        }
        return new Scope(year, district, codes, asOf);
    }

    /** Agencies with the statistics of one agency or, with none given, every agency. */
    Scope statistics(int year, String agencyCode) {
        LocalDate today = LegalTime.today(clock);
        if (year < 2008 || year > today.getYear()) {
            throw HubException.badInput("year must be between 2008 and " + today.getYear() + ", got " + year + ".");
        }
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        if (agencyCode != null) {
            return of(year, agencyCode, null);
        }
        return new Scope(year, "all", jdbc.sql("SELECT code FROM agency ORDER BY code").query(String.class).list(), asOf);
    }
}
