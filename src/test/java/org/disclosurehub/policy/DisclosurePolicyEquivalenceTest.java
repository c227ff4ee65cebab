package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.DEPARTMENT_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.STREET_OFFICE;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.TEAM_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP_OFFICER;
import static org.disclosurehub.support.DatasetBuilder.TOWNSHIP_OFFICER_2;
import static org.disclosurehub.support.DatasetBuilder.uscc;
import static org.disclosurehub.support.TestDecision.decision;
import static org.disclosurehub.support.TestDecision.residentId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.disclosurehub.ingest.DatasetImporter;
import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.PolicyData;
import org.disclosurehub.support.PolicyHubTest;
import org.disclosurehub.support.TestDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The disclosure rule has two forms: {@link DisclosurePolicy#visibleOn} in Java and
 * {@link PublicDecisions#VISIBLE} in SQL over public_decision, which every public read uses.
 * They must agree on every decision and every day. A few hundred decisions are generated (seeded,
 * so a failure repeats): all severities, procedures, exemptions, statuses and penalty mixes, on
 * days over five years and on the edges of the periods around the days looked at; then the SQL
 * rule is evaluated for each of those days and compared with the Java one, decision by decision.
 * Withdrawal notices are compared the same way.
 *
 * <p>The tables are written on a day before every day looked at: a decision whose window has
 * already ended when it is written gets no public row, since no later day can show it, so the SQL
 * rule answers for the day of writing and every day after.
 */
@PolicyHubTest
class DisclosurePolicyEquivalenceTest {

    /** The days looked at, besides the first and last day of every generated decision's window. */
    static final List<LocalDate> DAYS = List.of(LocalDate.parse("2025-11-21"), LocalDate.parse("2026-11-22"),
            LocalDate.parse("2027-03-01"), LocalDate.parse("2024-02-29"), LocalDate.parse("2025-02-28"),
            LocalDate.parse("2025-03-01"), LocalDate.parse("2026-04-01"));
    static final List<Period> PERIODS = List.of(Period.ofYears(1), Period.ofYears(3), Period.ofMonths(3),
            Period.ofMonths(1), Period.ofMonths(6), Period.ofYears(2));
    static final Map<String, String> DISTRICTS = Map.of(DEPARTMENT, "朝阳区", STREET_OFFICE, "朝阳区", TOWNSHIP, "朝阳区");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatasetImporter importer;
    @Autowired
    DisclosurePolicy policy;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    PolicyRebuild contextRebuild;

    /** The day the tables are written: before every day looked at. */
    static final java.time.Instant WRITTEN = LocalDate.parse("2020-01-01").atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
            .toInstant();

    @org.junit.jupiter.api.BeforeEach
    void writeBeforeEveryDayLookedAt() {
        ((org.disclosurehub.support.MovableClock) clock).set(WRITTEN);
    }

    @org.junit.jupiter.api.AfterEach
    void backToToday() {
        ((org.disclosurehub.support.MovableClock) clock).reset();
    }

    /** Decisions of every kind, dated over five years and on the edges of the windows around {@link #DAYS}. */
    static List<Decision> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestDecision d = decision("京等罚〔" + seed + "〕" + i + "号");
            switch (random.nextInt(3)) {
                case 0 -> d.agency(DEPARTMENT, "CF-002", DEPARTMENT_OFFICER, DEPARTMENT_OFFICER_2);
                case 1 -> d.agency(STREET_OFFICE, "JC-003", TEAM_OFFICER, TEAM_OFFICER_2);
                default -> d.agency(TOWNSHIP, "JC-003", TOWNSHIP_OFFICER, TOWNSHIP_OFFICER_2);
            }
            switch (random.nextInt(4)) {
                case 0 -> d.naturalPerson("测试" + i, residentId(i));
                case 1 -> d.individualBusiness("测试商店" + i, uscc(20_000 + i), "经营者" + i);
                case 2 -> d.legalPerson("测试公司" + i, uscc(20_000 + i), "代表" + i).partyType(PartyType.OTHER_ORG);
                default -> d.legalPerson("测试公司" + i, uscc(20_000 + i), "代表" + i);
            }
            LocalDate date;
            if (random.nextInt(3) == 0) {
                date = LocalDate.of(2021, 11, 1).plusDays(random.nextInt(5 * 366));
            } else {
                // on the edge of a window: the day a period ends on one of the days looked at, or next to it
                LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
                date = day.minus(PERIODS.get(random.nextInt(PERIODS.size()))).plusDays(random.nextInt(3) - 1);
                if (random.nextInt(8) == 0) {
                    date = day.plusDays(random.nextInt(2));
                }
            }
            d.decided(date);
            d.severity(Severity.values()[random.nextInt(Severity.values().length)]);
            if (random.nextInt(5) == 0) {
                d.simpleProcedure();
            }
            if (random.nextInt(6) == 0) {
                d.warningOnly();
            } else if (random.nextBoolean()) {
                d.penalties(PenaltyType.WARNING, PenaltyType.FINE);
            }
            if (random.nextInt(6) == 0) {
                d.exemption(Exemption.values()[1 + random.nextInt(Exemption.values().length - 1)]);
            }
            int status = random.nextInt(10);
            if (status < 2) {
                d.status(DecisionStatus.CHANGED, date.plusDays(random.nextInt(400)), "复议变更");
            } else if (status < 4) {
                int after = random.nextInt(4) == 0 ? 0 : random.nextInt(1200);
                d.status(DecisionStatus.REVOKED, date.plusDays(after), "复议撤销");
            }
            decisions.add(d.build());
        }
        return decisions;
    }

    /** The SQL rule on a day: the numbers of the decisions it shows. */
    Set<String> sqlVisible(LocalDate day) {
        return new HashSet<>(jdbc.queryForList("SELECT decision_no FROM public_decision d WHERE " + PublicDecisions.VISIBLE,
                String.class, day, day));
    }

    Set<String> sqlNotices(LocalDate day) {
        return new HashSet<>(jdbc.queryForList("SELECT decision_no FROM withdrawal_notice n WHERE "
                + WithdrawalNotices.VISIBLE, String.class, day, day));
    }

    /** The days to look at: {@link #DAYS} and the first and last day of each window, with the days around them. */
    static Set<LocalDate> days(DisclosurePolicy policy, List<Decision> decisions) {
        Set<LocalDate> days = new TreeSet<>(DAYS);
        for (Decision d : decisions) {
            DisclosurePolicy.Verdict v = policy.judge(d);
            if (v.visibleUntil() != null) {
                LocalDate from = v.withdrawalNotice() ? d.statusChangedOn() : d.decisionDate();
                for (LocalDate edge : List.of(from, v.visibleUntil())) {
                    days.add(edge.minusDays(1));
                    days.add(edge);
                }
            }
        }
        return days;
    }

    /** Whether the public sees anything of the decision on the day: itself or its withdrawal notice. */
    static boolean shownOn(DisclosurePolicy policy, Decision d, LocalDate day) {
        DisclosurePolicy.Verdict v = policy.judge(d);
        return policy.visibleOn(d, day)
                || v.withdrawalNotice() && !day.isBefore(d.statusChangedOn()) && day.isBefore(v.visibleUntil());
    }

    void assertBothFormsAgree(DisclosurePolicy policy, List<Decision> decisions) {
        assertBothFormsAgree(policy, decisions, LocalDate.MIN);
    }

    /** As above, for the days from {@code from} on: the tables were last written on that day. */
    void assertBothFormsAgree(DisclosurePolicy policy, List<Decision> decisions, LocalDate from) {
        Set<LocalDate> days = new TreeSet<>(days(policy, decisions));
        days.removeIf(d -> d.isBefore(from));
        Set<String> generated = new HashSet<>(decisions.stream().map(Decision::decisionNo).toList());
        List<String> disagreements = new ArrayList<>();
        int shown = 0;
        for (LocalDate day : days) {
            Set<String> sql = sqlVisible(day);
            Set<String> notices = sqlNotices(day);
            for (Decision d : decisions) {
                boolean java = policy.visibleOn(d, day);
                if (sql.contains(d.decisionNo()) != java) {
                    disagreements.add(day + ": SQL " + (java ? "hides " : "shows ") + d);
                }
                DisclosurePolicy.Verdict v = policy.judge(d);
                boolean notice = v.withdrawalNotice() && !day.isBefore(d.statusChangedOn()) && day.isBefore(v.visibleUntil());
                if (notices.contains(d.decisionNo()) != notice) {
                    disagreements.add(day + ": the notice is " + (notice ? "missing" : "shown") + " for " + d);
                }
                shown += java ? 1 : 0;
            }
            assertThat(generated).as("the SQL rule shows only generated decisions").containsAll(sql);
        }
        assertThat(disagreements).as("days on which the two forms disagree").isEmpty();
        if (from.equals(LocalDate.MIN)) {
            assertThat(days).as("days looked at").hasSizeGreaterThan(100);
            assertThat(shown).as("decision-days shown: the data is not all withheld").isGreaterThan(1000);
        } else {
            assertThat(days).as("days looked at").hasSizeGreaterThan(10);
        }
    }

    @Test
    void theSqlRuleAndItsJavaTwinAgreeOnEveryImportedDecisionOnEveryDay() {
        List<Decision> decisions = new ArrayList<>(generate(20261122L, 400));
        DatasetBuilder data = DatasetBuilder.validDataset().withPenaltyDecisions().addDecisions(decisions);
        decisions.add(decision("京朝市监罚〔2026〕1号").build()); // row 2 of withPenaltyDecisions()
        PolicyData.load(jdbc, importer, data);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_decision", Long.class)).isEqualTo(decisions.size());

        assertBothFormsAgree(policy, decisions);
        for (WithheldReason r : List.of(WithheldReason.EXEMPT, WithheldReason.SIMPLE_PROCEDURE,
                WithheldReason.WARNING_ONLY, WithheldReason.MINOR, WithheldReason.REVOKED)) {
            assertThat(decisions).as("generated: withheld as %s", r).anyMatch(d -> policy.judge(d).reason() == r);
        }
        for (Severity s : List.of(Severity.GENERAL, Severity.SERIOUS)) {
            for (DecisionStatus st : List.of(DecisionStatus.EFFECTIVE, DecisionStatus.CHANGED)) {
                assertThat(decisions).as("generated: a publishable %s %s one", st, s)
                        .anyMatch(d -> d.severity() == s && d.status() == st && policy.judge(d).publishable());
            }
        }
        assertThat(decisions).as("generated: a revoked one that leaves a notice")
                .anyMatch(d -> policy.judge(d).withdrawalNotice());
    }

    @Test
    void theyAgreeUnderAgencyOverridesToo() {
        // switches on and other periods for two agencies; the third keeps the defaults
        DisclosurePolicy overridden = new DisclosurePolicy(new PolicyProperties("test", null, Map.of(
                DEPARTMENT, new PolicyProperties.Overrides(true, true, true, Period.ofMonths(3), null, null),
                STREET_OFFICE, new PolicyProperties.Overrides(null, true, true, Period.ofMonths(1), Period.ofMonths(6),
                        Period.ofYears(2)))));
        List<Decision> decisions = generate(20240229L, 400);
        PolicyData.load(jdbc, importer, DatasetBuilder.validDataset()); // the agencies, no decisions
        new PublicationWriter(jdbc, overridden, clock).write(decisions, DISTRICTS, true);

        assertBothFormsAgree(overridden, decisions);
        assertThat(decisions).as("MINOR, simple and warning-only decisions are published under the overrides")
                .anyMatch(d -> d.severity() == Severity.MINOR && overridden.judge(d).publishable())
                .anyMatch(d -> d.procedure() == ProcedureKind.SIMPLE && overridden.judge(d).publishable())
                .anyMatch(d -> d.warningOnly() && overridden.judge(d).publishable());
    }

    @Test
    void afterThePolicyChangesTheRebuildMakesThemAgreeUnderTheNewOne() {
        // the tables were written under a permissive policy; the operator then turns the switches off
        // and shortens the periods: nothing the new policy withholds may stay public
        DisclosurePolicy permissive = new DisclosurePolicy(new PolicyProperties("test-permissive",
                new PolicyProperties.Overrides(true, true, true, Period.ofMonths(3), Period.ofYears(2), null), Map.of()));
        DisclosurePolicy strict = new DisclosurePolicy(new PolicyProperties("test-strict",
                new PolicyProperties.Overrides(null, null, null, null, Period.ofMonths(6), Period.ofYears(1)), Map.of()));
        List<Decision> decisions = generate(20270301L, 300);
        PolicyData.load(jdbc, importer, DatasetBuilder.validDataset()); // the agencies, no decisions
        new PublicationWriter(jdbc, permissive, clock).write(decisions, DISTRICTS, true);
        assertBothFormsAgree(permissive, decisions);
        LocalDate today = LocalDate.parse("2026-11-22");
        // shown today (the decision or its withdrawal notice) under the old policy, and nothing under the new
        List<String> withdrawnToday = decisions.stream()
                .filter(d -> shownOn(permissive, d, today) && !shownOn(strict, d, today)).map(Decision::decisionNo).toList();
        assertThat(withdrawnToday).isNotEmpty();

        // the operator changes the policy today: from today on, the tables follow the new one
        ((org.disclosurehub.support.MovableClock) clock).reset();
        PolicyRebuild rebuild = new PolicyRebuild(jdbc, strict, new PublicationWriter(jdbc, strict, clock), transactions,
                events, clock, new DecisionTables(jdbc));
        try {
            assertThat(rebuild.rebuildIfChanged()).isEqualTo(decisions.size());
            assertBothFormsAgree(strict, decisions, today);
            assertThat(jdbc.queryForList("SELECT decision_no FROM publication_event WHERE kind = 'REMOVED'", String.class))
                    .as("mirrors are told to delete what is no longer shown").containsExactlyInAnyOrderElementsOf(withdrawnToday);
            assertThat(rebuild.rebuildIfChanged()).as("the same policy again rebuilds nothing").isZero();
        } finally {
            // back to the policy of this application context, as the other test classes expect
            contextRebuild.rebuildIfChanged();
        }
        assertBothFormsAgree(policy, decisions, today);
    }
}
