package org.disclosurehub.request.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.calendar.WorkingDays;
import org.disclosurehub.policy.PublicStatistics;
import org.disclosurehub.request.ApplicantType;
import org.disclosurehub.request.ApplicationLedger;
import org.disclosurehub.request.Outcome;
import org.disclosurehub.request.ReviewKind;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.request.deadline.Review;
import org.springframework.stereotype.Service;

/**
 * The annual report's tables, counted from the applications' derived state (the ledger) on the
 * report's day: one pass over the agencies' applications, so a district of 100,000 applications
 * takes milliseconds once the ledger is built.
 *
 * <p>Section 三, per applicant column: 一 = received in the year; 二 = received before it and
 * open on 31 December of the year before; 三 = ended in the year (up to the report's day), by
 * outcome, a withdrawal under （六）3 and a lapse under （六）1 or 2 on the day after its deadline;
 * 四 = received by the report's day and still open then. So 一 + 二 = 三（七） + 四 holds by
 * construction, and the report checks it. Section 四 counts each reconsideration or lawsuit
 * decided in the year under its result, and each one pending on the report's day as 尚未审结.
 */
@Service
public class AnnualReports {

    private static final String[] GROUP_LABELS = {"予以公开", "部分公开（区分处理的，只计这一情形，不计其他情形）",
            "不予公开", "无法提供", "不予处理", "其他处理"};
    private static final String GROUP_NUMBERS = "一二三四五六七";

    private final ReportScope scopes;
    private final ApplicationLedger ledger;
    private final PublicStatistics statistics;
    private final Clock clock;
    private final WorkingDays workingDays;

    AnnualReports(ReportScope scopes, ApplicationLedger ledger, PublicStatistics statistics,
            WorkingDays workingDays, Clock clock) {
        this.scopes = scopes;
        this.statistics = statistics;
        this.clock = clock;
        this.ledger = ledger;
        this.workingDays = workingDays;
    }

    public AnnualReport report(int year, String agencyCode, String district) {
        ReportScope.Scope scope = scopes.of(year, agencyCode, district);
        LocalDate first = scope.firstDay();
        LocalDate lastOfPrevious = first.minusDays(1);
        LocalDate asOf = scope.asOf();
        long[] received = new long[6];
        long[] carriedOver = new long[6];
        long[] carriedForward = new long[6];
        Map<Outcome, long[]> results = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            results.put(o, new long[6]);
        }
        Map<ReviewKind, long[]> reviews = new EnumMap<>(ReviewKind.class);
        for (ReviewKind k : ReviewKind.values()) {
            reviews.put(k, new long[4]);
        }
        for (ApplicationLedger.Entry e : ledger.current().ofAgencies(scope.agencyCodes())) {
            Life life = e.life();
            LocalDate rec = life.receivedOn();
            if (rec == null || rec.isAfter(asOf)) {
                continue;
            }
            int col = e.applicantType().ordinal();
            if (!rec.isBefore(first)) {
                received[col]++;
            } else if (life.concludedOn(lastOfPrevious) == null) {
                carriedOver[col]++;
            }
            LocalDate concluded = life.concludedOn(asOf);
            if (concluded == null) {
                carriedForward[col]++;
            } else if (!concluded.isBefore(first)) {
                results.get(life.outcomeOn(asOf))[col]++;
            }
            for (Review r : life.reviews()) {
                long[] row = reviews.get(r.kind());
                if (r.decidedOn() != null && !r.decidedOn().isBefore(first) && !r.decidedOn().isAfter(asOf)) {
                    row[r.result().ordinal()]++;
                } else if (r.pendingOn(asOf)) {
                    row[3]++;
                }
            }
        }
        List<AnnualReport.ApplicationRow> rows = applicationRows(received, carriedOver, results, carriedForward);
        return new AnnualReport(year, scope.name(), scope.agencyCodes(), asOf, proactive(scope), rows,
                reviewRows(reviews), checks(rows, year));
    }

    private static List<AnnualReport.ApplicationRow> applicationRows(long[] received, long[] carriedOver,
            Map<Outcome, long[]> results, long[] carriedForward) {
        List<AnnualReport.ApplicationRow> rows = new ArrayList<>();
        rows.add(new AnnualReport.ApplicationRow("一", "本年新收政府信息公开申请数量", false, received));
        rows.add(new AnnualReport.ApplicationRow("二", "上年结转政府信息公开申请数量", false, carriedOver));
        long[] all = new long[6];
        for (int g = 1; g <= 6; g++) {
            long[] group = new long[6];
            List<AnnualReport.ApplicationRow> items = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                if (o.group() != g) {
                    continue;
                }
                add(group, results.get(o));
                if (o.item() > 0) {
                    items.add(new AnnualReport.ApplicationRow(o.reportRow(), o.label(), false, results.get(o)));
                }
            }
            add(all, group);
            rows.add(new AnnualReport.ApplicationRow("三（" + GROUP_NUMBERS.charAt(g - 1) + "）", GROUP_LABELS[g - 1],
                    !items.isEmpty(), group));
            rows.addAll(items);
        }
        rows.add(new AnnualReport.ApplicationRow("三（七）", "总计", false, all));
        rows.add(new AnnualReport.ApplicationRow("四", "结转下年度继续办理", false, carriedForward));
        return rows;
    }

    private static List<AnnualReport.ReviewRow> reviewRows(Map<ReviewKind, long[]> reviews) {
        List<AnnualReport.ReviewRow> rows = new ArrayList<>();
        reviews.forEach((kind, c) -> rows.add(new AnnualReport.ReviewRow(kind, kind.label(), c[0], c[1], c[2], c[3])));
        return rows;
    }

    private List<AnnualReport.ProactiveRow> proactive(ReportScope.Scope scope) {
        // the count includes withheld decisions: where it would let a small withheld count be worked
        // out, policy/PublicStatistics does not give it
        OptionalLong counted = statistics.decisionsMade(scope.year(), scope.agencyCodes(), scope.asOf(),
                LegalTime.today(clock));
        Long made = counted.isPresent() ? counted.getAsLong() : null;
        String madeNote = counted.isEmpty()
                ? "not given: with the published figures it would reveal a withheld count below 5 (see withheldStatistics)"
                : "penalty decisions made in the year (up to " + scope.asOf() + "), published or not";
        String none = "the hub holds no such records";
        return List.of(
                new AnnualReport.ProactiveRow("第二十条第（一）项", "规章、规范性文件 本年制发件数", null, none),
                new AnnualReport.ProactiveRow("第二十条第（五）项", "行政许可 本年处理决定数量", null, none),
                new AnnualReport.ProactiveRow("第二十条第（六）项", "行政处罚 本年处理决定数量", made, madeNote),
                new AnnualReport.ProactiveRow("第二十条第（六）项", "行政强制 本年处理决定数量", null, none),
                new AnnualReport.ProactiveRow("第二十条第（八）项", "行政事业性收费 本年收费金额（万元）", null, none));
    }

    private List<AnnualReport.Check> checks(List<AnnualReport.ApplicationRow> rows, int year) {
        AnnualReport.ApplicationRow received = find(rows, "一");
        AnnualReport.ApplicationRow over = find(rows, "二");
        AnnualReport.ApplicationRow total = find(rows, "三（七）");
        AnnualReport.ApplicationRow forward = find(rows, "四");
        List<AnnualReport.Check> checks = new ArrayList<>();
        ApplicantType[] types = ApplicantType.values();
        for (int c = 0; c <= types.length; c++) {
            long left = c < types.length ? received.cells()[c] + over.cells()[c] : received.total() + over.total();
            long right = c < types.length ? total.cells()[c] + forward.cells()[c] : total.total() + forward.total();
            String column = c < types.length ? types[c].label() : "总计";
            checks.add(new AnnualReport.Check("一 + 二 = 三（七） + 四（" + column + "）", left == right,
                    left + " = " + right));
        }
        boolean known = workingDays.knows(year);
        checks.add(new AnnualReport.Check("工作日历（" + year + "）", known, known
                ? "the official holiday schedule for " + year + " is loaded"
                : "the official holiday schedule for " + year + " is not loaded: due dates in it assume Monday–Friday"));
        return checks;
    }

    private static AnnualReport.ApplicationRow find(List<AnnualReport.ApplicationRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
