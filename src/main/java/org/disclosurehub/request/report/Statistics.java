package org.disclosurehub.request.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.request.ApplicationLedger;
import org.disclosurehub.request.Outcome;
import org.disclosurehub.request.deadline.Life;
import org.springframework.stereotype.Service;

/**
 * {@code applicationStatistics}: per agency and year, from the ledger. Received, extension and
 * correction rates concern applications received in the year; answers, the on-time share and the
 * median working days (receipt to answer, on the official calendar) concern answers on the merits
 * given in the year; outcomes concern applications that ended in the year; overdue ones are open
 * and past due on the statistics' day.
 */
@Service
public class Statistics {

    private final ReportScope scopes;
    private final ApplicationLedger ledger;

    Statistics(ReportScope scopes, ApplicationLedger ledger) {
        this.scopes = scopes;
        this.ledger = ledger;
    }

    public List<ApplicationStatistics> of(int year, String agencyCode) {
        ReportScope.Scope scope = scopes.statistics(year, agencyCode);
        ApplicationLedger.Snapshot snapshot = ledger.current();
        List<ApplicationStatistics> result = new ArrayList<>();
        for (String code : scope.agencyCodes()) {
            List<ApplicationLedger.Entry> entries = snapshot.byAgency().getOrDefault(code, List.of());
            if (entries.isEmpty() && agencyCode == null) {
                continue;
            }
            result.add(agency(code, entries, scope));
        }
        return result;
    }

    private static ApplicationStatistics agency(String code, List<ApplicationLedger.Entry> entries, ReportScope.Scope scope) {
        LocalDate first = scope.firstDay();
        LocalDate asOf = scope.asOf();
        int received = 0, extended = 0, corrected = 0, concluded = 0, answered = 0, onTime = 0, overdue = 0;
        List<Integer> days = new ArrayList<>();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (ApplicationLedger.Entry e : entries) {
            Life life = e.life();
            LocalDate rec = life.receivedOn();
            if (rec == null || rec.isAfter(asOf)) {
                continue;
            }
            if (!rec.isBefore(first)) {
                received++;
                extended += life.extended() ? 1 : 0;
                corrected += life.correctionRequested() ? 1 : 0;
            }
            LocalDate end = life.concludedOn(asOf);
            if (end != null && !end.isBefore(first)) {
                concluded++;
                outcomes.merge(life.outcomeOn(asOf), 1, Integer::sum);
            }
            Boolean timely = life.answeredOnTime();
            if (timely != null && !life.answeredOn().isBefore(first) && !life.answeredOn().isAfter(asOf)) {
                answered++;
                onTime += timely ? 1 : 0;
                days.add(life.workingDaysToAnswer());
            }
            overdue += life.overdueOn(asOf) ? 1 : 0;
        }
        List<ApplicationStatistics.OutcomeCount> counts = new ArrayList<>();
        outcomes.forEach((o, n) -> counts.add(new ApplicationStatistics.OutcomeCount(o, o.label(), n)));
        return new ApplicationStatistics(code, scope.year(), asOf, received, concluded, answered, onTime,
                share(onTime, answered), median(days), share(extended, received), share(corrected, received), counts,
                overdue);
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2.0;
    }
}
