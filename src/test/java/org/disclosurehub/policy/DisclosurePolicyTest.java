package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disclosurehub.support.TestDecision.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.disclosurehub.support.DatasetBuilder;
import org.disclosurehub.support.TestDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disclosure policy, rule by rule: whether a decision may ever be shown, from which day and
 * until which day, and whether a revoked one leaves a withdrawal notice.
 */
class DisclosurePolicyTest {

    static final PolicyProperties.Overrides NONE = PolicyProperties.Overrides.NONE;
    static final DisclosurePolicy DEFAULTS = policy(NONE, Map.of());
    /** Every switch on, as permissive as the policy allows. */
    static final PolicyProperties.Overrides EVERYTHING = new PolicyProperties.Overrides(true, true, true,
            Period.ofMonths(3), null, null);

    static DisclosurePolicy policy(PolicyProperties.Overrides defaults, Map<String, PolicyProperties.Overrides> agencies) {
        return new DisclosurePolicy(new PolicyProperties("test", defaults, agencies));
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    /** Whether the decision is shown on any day of the six years from its decision date. */
    static boolean everVisible(DisclosurePolicy policy, TestDecision d) {
        Decision decision = d.build();
        for (LocalDate day = decision.decisionDate().minusDays(1); day.isBefore(decision.decisionDate().plusYears(6));
                day = day.plusDays(1)) {
            if (policy.visibleOn(decision, day)) {
                return true;
            }
        }
        return false;
    }

    // -------------------------------------------------------------------------- exemptions

    @ParameterizedTest
    @EnumSource(value = Exemption.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void anExemptDecisionIsNeverShownWhateverTheSwitches(Exemption exemption) {
        for (DisclosurePolicy policy : new DisclosurePolicy[] {DEFAULTS, policy(EVERYTHING, Map.of())}) {
            TestDecision d = decision("E").exemption(exemption).severity(Severity.SERIOUS);
            DisclosurePolicy.Verdict v = policy.judge(d.build());
            assertThat(v.reason()).isEqualTo(WithheldReason.EXEMPT);
            assertThat(v.visibleUntil()).isNull();
            assertThat(v.withdrawalNotice()).isFalse();
            assertThat(everVisible(policy, d)).isFalse();
        }
    }

    @Test
    void anExemptionOutranksEveryOtherReason() {
        DisclosurePolicy.Verdict v = DEFAULTS.judge(decision("E").exemption(Exemption.STATE_SECRET).simpleProcedure()
                .warningOnly().severity(Severity.MINOR).revoked("2026-07-01", "撤销").build());
        assertThat(v.reason()).isEqualTo(WithheldReason.EXEMPT);
        assertThat(v.withdrawalNotice()).as("an exempt decision was never public: no notice").isFalse();
    }

    // ---------------------------------------------------------------------------- switches

    @Test
    void aSimpleProcedureDecisionIsNotShownByDefault() {
        TestDecision d = decision("S").simpleProcedure();
        assertThat(DEFAULTS.judge(d.build()).reason()).isEqualTo(WithheldReason.SIMPLE_PROCEDURE);
        assertThat(everVisible(DEFAULTS, d)).isFalse();
    }

    @Test
    void aSimpleProcedureDecisionIsShownWhenItsSwitchIsOn() {
        DisclosurePolicy policy = policy(new PolicyProperties.Overrides(true, null, null, null, null, null), Map.of());
        Decision d = decision("S").simpleProcedure().decided("2026-03-01").build();
        assertThat(policy.judge(d).publishable()).isTrue();
        assertThat(policy.judge(d).visibleUntil()).isEqualTo(day("2027-03-01"));
        assertThat(policy.visibleOn(d, day("2026-03-01"))).isTrue();
    }

    @Test
    void aWarningOnlyDecisionIsNotShownByDefault() {
        TestDecision d = decision("W").warningOnly();
        assertThat(DEFAULTS.judge(d.build()).reason()).isEqualTo(WithheldReason.WARNING_ONLY);
        assertThat(everVisible(DEFAULTS, d)).isFalse();
    }

    @Test
    void aWarningWithAnotherPenaltyIsNotWarningOnly() {
        Decision d = decision("W").penalties(PenaltyType.WARNING, PenaltyType.FINE).build();
        assertThat(DEFAULTS.judge(d).publishable()).isTrue();
    }

    @Test
    void aWarningOnlyDecisionIsShownWhenItsSwitchIsOn() {
        DisclosurePolicy policy = policy(new PolicyProperties.Overrides(null, true, null, null, null, null), Map.of());
        assertThat(policy.judge(decision("W").warningOnly().build()).publishable()).isTrue();
    }

    @Test
    void aMinorDecisionIsNotShownByDefault() {
        TestDecision d = decision("M").severity(Severity.MINOR);
        assertThat(DEFAULTS.judge(d.build()).reason()).isEqualTo(WithheldReason.MINOR);
        assertThat(everVisible(DEFAULTS, d)).isFalse();
    }

    @Test
    void aMinorDecisionIsShownForTheMinorPeriodWhenItsSwitchIsOnAndMonthEndsClamp() {
        DisclosurePolicy policy = policy(new PolicyProperties.Overrides(null, null, true, null, null, null), Map.of());
        Decision d = decision("M").severity(Severity.MINOR).decided("2026-01-31").build();
        // 31 January + 3 months → 30 April: the last day shown is 29 April
        assertThat(policy.judge(d).visibleUntil()).isEqualTo(day("2026-04-30"));
        assertThat(policy.visibleOn(d, day("2026-04-29"))).isTrue();
        assertThat(policy.visibleOn(d, day("2026-04-30"))).isFalse();
    }

    @Test
    void aShorterMinorPeriodMayBeSet() {
        DisclosurePolicy policy = policy(new PolicyProperties.Overrides(null, null, true, Period.ofMonths(1), null,
                null), Map.of());
        Decision d = decision("M").severity(Severity.MINOR).decided("2026-03-10").build();
        assertThat(policy.visibleOn(d, day("2026-04-09"))).isTrue();
        assertThat(policy.visibleOn(d, day("2026-04-10"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3M1D", "P4M", "P1Y", "P100D", "P92D", "P2M31D"})
    void noMinorPeriodLongerThanThreeMonthsIsAccepted(String period) {
        assertThatThrownBy(() -> new PublicationRules(false, false, true, Period.parse(period), Period.ofYears(1),
                Period.ofYears(3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 months");
        assertThatThrownBy(() -> policy(new PolicyProperties.Overrides(null, null, true, Period.parse(period), null,
                null), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(NONE, Map.of(DatasetBuilder.DEPARTMENT,
                new PolicyProperties.Overrides(null, null, true, Period.parse(period), null, null))))
                .as("nor as an agency's override").isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3M", "P2M", "P89D", "P1M28D", "P12W"})
    void aMinorPeriodOfAtMostThreeMonthsIsAccepted(String period) {
        PublicationRules rules = new PublicationRules(false, false, true, Period.parse(period), Period.ofYears(1),
                Period.ofYears(3));
        assertThat(rules.minorPeriod()).isEqualTo(Period.parse(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P-1D", "P-1M"})
    void periodsMustBePositive(String period) {
        assertThatThrownBy(() -> new PublicationRules(false, false, false, Period.ofMonths(3), Period.parse(period),
                Period.ofYears(3))).isInstanceOf(IllegalArgumentException.class);
    }

    // ----------------------------------------------------------------------------- periods

    @Test
    void aGeneralDecisionIsShownForOneYear() {
        Decision d = decision("G").severity(Severity.GENERAL).decided("2025-11-22").build();
        assertThat(DEFAULTS.judge(d).visibleUntil()).isEqualTo(day("2026-11-22"));
        assertThat(DEFAULTS.visibleOn(d, day("2025-11-21"))).as("the day before the decision").isFalse();
        assertThat(DEFAULTS.visibleOn(d, day("2025-11-22"))).as("the decision date").isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-11-21"))).as("the last day").isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-11-22"))).as("the same day a year later").isFalse();
    }

    @Test
    void aSeriousDecisionIsShownForThreeYears() {
        Decision d = decision("S").severity(Severity.SERIOUS).decided("2023-11-22").build();
        assertThat(DEFAULTS.judge(d).visibleUntil()).isEqualTo(day("2026-11-22"));
        assertThat(DEFAULTS.visibleOn(d, day("2024-11-22"))).isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-11-21"))).isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-11-22"))).isFalse();
    }

    @ParameterizedTest(name = "{0} decided {1}: last day {2}")
    @CsvSource({
            "GENERAL, 2024-02-29, 2025-02-27, 2025-02-28",
            "SERIOUS, 2024-02-29, 2027-02-27, 2027-02-28",
            "GENERAL, 2023-03-01, 2024-02-29, 2024-03-01",
            "GENERAL, 2025-12-31, 2026-12-30, 2026-12-31"})
    void theWindowEndsOnTheSameCalendarDayAfterThePeriodWithMonthEndsClamped(Severity severity, LocalDate decided,
            LocalDate lastDay, LocalDate until) {
        Decision d = decision("B").severity(severity).decided(decided).build();
        assertThat(DEFAULTS.judge(d).visibleUntil()).isEqualTo(until);
        assertThat(DEFAULTS.visibleOn(d, lastDay)).isTrue();
        assertThat(DEFAULTS.visibleOn(d, lastDay.plusDays(1))).isFalse();
    }

    @Test
    void aChangedDecisionKeepsTheWindowOfItsDecisionDate() {
        Decision d = decision("C").decided("2025-12-01").changed("2026-06-01", "复议变更").build();
        assertThat(DEFAULTS.judge(d).publishable()).isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-11-30"))).isTrue();
        assertThat(DEFAULTS.visibleOn(d, day("2026-12-01"))).isFalse();
    }

    // -------------------------------------------------------------------- agency overrides

    static final String OTHER = DatasetBuilder.STREET_OFFICE;

    final DisclosurePolicy overridden = policy(NONE, Map.of(DatasetBuilder.DEPARTMENT,
            new PolicyProperties.Overrides(true, true, true, null, Period.ofMonths(6), null)));

    @Test
    void anAgencysOverridesApplyToItsDecisionsOnly() {
        Decision own = decision("O").severity(Severity.MINOR).simpleProcedure().warningOnly().build();
        Decision other = decision("X").agency(OTHER, "JC-003", DatasetBuilder.TEAM_OFFICER,
                DatasetBuilder.TEAM_OFFICER_2).severity(Severity.MINOR).build();
        assertThat(overridden.judge(own).publishable()).isTrue();
        assertThat(overridden.judge(other).reason()).isEqualTo(WithheldReason.MINOR);
    }

    @Test
    void anOverriddenPeriodReplacesTheDefaultOne() {
        Decision own = decision("O").decided("2026-01-15").build();
        Decision other = decision("X").agency(OTHER, "JC-003", DatasetBuilder.TEAM_OFFICER,
                DatasetBuilder.TEAM_OFFICER_2).decided("2026-01-15").build();
        assertThat(overridden.judge(own).visibleUntil()).isEqualTo(day("2026-07-15"));
        assertThat(overridden.judge(other).visibleUntil()).isEqualTo(day("2027-01-15"));
    }

    @Test
    void unsetOverridesInheritTheDefaults() {
        DisclosurePolicy p = policy(new PolicyProperties.Overrides(null, true, null, null, null, null),
                Map.of(DatasetBuilder.DEPARTMENT, new PolicyProperties.Overrides(true, null, null, null, null, null)));
        assertThat(p.rulesFor(DatasetBuilder.DEPARTMENT)).isEqualTo(new PublicationRules(true, true, false,
                Period.ofMonths(3), Period.ofYears(1), Period.ofYears(3)));
        assertThat(p.rulesFor(OTHER)).isEqualTo(new PublicationRules(false, true, false, Period.ofMonths(3),
                Period.ofYears(1), Period.ofYears(3)));
    }

    @Test
    void anExemptionIsNotOverridable() {
        assertThat(overridden.judge(decision("O").exemption(Exemption.MINOR_PARTY).build()).reason())
                .isEqualTo(WithheldReason.EXEMPT);
    }

    @Test
    void theFingerprintChangesWithEverySetting() {
        assertThat(overridden.fingerprint()).isNotEqualTo(DEFAULTS.fingerprint());
        assertThat(policy(NONE, Map.of()).fingerprint()).isEqualTo(DEFAULTS.fingerprint());
        assertThat(new DisclosurePolicy(new PolicyProperties("2027-01", NONE, Map.of())).fingerprint())
                .isNotEqualTo(DEFAULTS.fingerprint());
    }

    // -------------------------------------------------------------------------- revocation

    static TestDecision revoked(String decided, String withdrawn) {
        return decision("R").decided(decided).revoked(withdrawn, "行政复议决定撤销");
    }

    @Test
    void aRevokedDecisionIsNeverShown() {
        TestDecision d = revoked("2026-03-01", "2026-09-01");
        assertThat(DEFAULTS.judge(d.build()).reason()).isEqualTo(WithheldReason.REVOKED);
        assertThat(everVisible(DEFAULTS, d)).isFalse();
    }

    @Test
    void oneThatHadBeenPublicLeavesANotice() {
        DisclosurePolicy.Verdict v = DEFAULTS.judge(revoked("2026-03-01", "2026-09-01").build());
        assertThat(v.withdrawalNotice()).isTrue();
        assertThat(v.visibleUntil()).as("the notice lasts as long as the decision would have").isEqualTo(
                day("2027-03-01"));
    }

    @Test
    void oneWithdrawnOnTheLastDayOfItsWindowHadBeenPublic() {
        assertThat(DEFAULTS.judge(revoked("2025-11-22", "2026-11-21").build()).withdrawalNotice()).isTrue();
    }

    @Test
    void oneWithdrawnOnItsDecisionDateWasNeverPublic() {
        assertThat(DEFAULTS.judge(revoked("2026-03-01", "2026-03-01").build()).withdrawalNotice()).isFalse();
    }

    @Test
    void oneWithdrawnAfterItsWindowEndedWasNoLongerPublic() {
        assertThat(DEFAULTS.judge(revoked("2025-11-22", "2026-11-22").build()).withdrawalNotice()).isFalse();
        assertThat(DEFAULTS.judge(revoked("2024-01-10", "2026-05-01").build()).withdrawalNotice()).isFalse();
    }

    @Test
    void oneThatWasWithheldForAnyReasonLeavesNothing() {
        for (TestDecision d : new TestDecision[] {
                revoked("2026-03-01", "2026-09-01").exemption(Exemption.CRIMINAL_TRANSFER),
                revoked("2026-03-01", "2026-09-01").simpleProcedure(),
                revoked("2026-03-01", "2026-09-01").warningOnly(),
                revoked("2026-03-01", "2026-09-01").severity(Severity.MINOR)}) {
            DisclosurePolicy.Verdict v = DEFAULTS.judge(d.build());
            assertThat(v.withdrawalNotice()).as(d.build().toString()).isFalse();
            assertThat(v.reason()).isNotEqualTo(WithheldReason.REVOKED);
        }
    }

    @Test
    void aMinorOnePublishedUnderTheSwitchLeavesANoticeOnlyWithinItsThreeMonths() {
        DisclosurePolicy policy = policy(new PolicyProperties.Overrides(null, null, true, null, null, null), Map.of());
        assertThat(policy.judge(revoked("2026-03-01", "2026-05-31").severity(Severity.MINOR).build())
                .withdrawalNotice()).isTrue();
        assertThat(policy.judge(revoked("2026-03-01", "2026-06-01").severity(Severity.MINOR).build())
                .withdrawalNotice()).isFalse();
    }
}
