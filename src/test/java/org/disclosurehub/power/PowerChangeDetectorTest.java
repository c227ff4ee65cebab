package org.disclosurehub.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a new version of a powers-list item records in its history (权力事项的新增、调整、划转、取消). */
class PowerChangeDetectorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private static final String MARKET_REGULATION = "11110105000000027U";
    private static final String STREET_OFFICE = "111101050000001828";

    private static final Power LICENCE = new Power("XK-001", MARKET_REGULATION, "食品经营许可", PowerCategory.LICENSING,
            "《中华人民共和国食品安全法》第三十五条", "1.受理责任。2.审查责任。", false, null, PowerStatus.ACTIVE,
            LocalDate.of(2021, 1, 1), null);

    private static List<PowerChange> changes(Power before, Power after) {
        return PowerChangeDetector.changes(before, after, TODAY, NOW);
    }

    private static Power withLegalBasis(Power p, String legalBasis) {
        return new Power(p.code(), p.agencyCode(), p.name(), p.category(), legalBasis, p.responsibility(),
                p.randomInspection(), p.discretionStandard(), p.status(), p.effectiveFrom(), p.effectiveTo());
    }

    private static Power withAgency(Power p, String agencyCode) {
        return new Power(p.code(), agencyCode, p.name(), p.category(), p.legalBasis(), p.responsibility(),
                p.randomInspection(), p.discretionStandard(), p.status(), p.effectiveFrom(), p.effectiveTo());
    }

    private static Power repealed(Power p, LocalDate on) {
        return new Power(p.code(), p.agencyCode(), p.name(), p.category(), p.legalBasis(), p.responsibility(),
                p.randomInspection(), p.discretionStandard(), PowerStatus.REPEALED, p.effectiveFrom(), on);
    }

    @Test
    void aNewItemIsAddedOnTheDayItTakesEffect() {
        assertThat(changes(null, LICENCE)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.ADDED);
            assertThat(c.powerCode()).isEqualTo("XK-001");
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(c.recordedAt()).isEqualTo(NOW);
            assertThat(c.changedFields()).isEmpty();
            assertThat(c.previousValues()).isEmpty();
        });
    }

    @Test
    void aNewItemWithoutAStartDateIsAddedToday() {
        Power undated = new Power("XK-002", MARKET_REGULATION, "名称", PowerCategory.OTHER, null, null, false, null,
                PowerStatus.ACTIVE, null, null);
        assertThat(changes(null, undated)).singleElement().satisfies(c -> assertThat(c.effectiveOn()).isEqualTo(TODAY));
    }

    @Test
    void aNewItemThatIsAlreadyRepealedIsAddedAndRepealed() {
        assertThat(changes(null, repealed(LICENCE, LocalDate.of(2024, 6, 30))))
                .extracting(PowerChange::kind, PowerChange::effectiveOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PowerChangeKind.ADDED, LocalDate.of(2021, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(PowerChangeKind.REPEALED, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void anIdenticalVersionChangesNothing() {
        Power same = new Power("XK-001", MARKET_REGULATION, "食品经营许可", PowerCategory.LICENSING,
                "《中华人民共和国食品安全法》第三十五条", "1.受理责任。2.审查责任。", false, null, PowerStatus.ACTIVE,
                LocalDate.of(2021, 1, 1), null);
        assertThat(changes(LICENCE, same)).isEmpty();
    }

    @Test
    void aNewAgencyIsATransferFromTheOldToTheNew() {
        assertThat(changes(LICENCE, withAgency(LICENCE, STREET_OFFICE))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.TRANSFERRED);
            assertThat(c.fromAgencyCode()).isEqualTo(MARKET_REGULATION);
            assertThat(c.toAgencyCode()).isEqualTo(STREET_OFFICE);
            assertThat(c.effectiveOn()).isEqualTo(TODAY);
            assertThat(c.changedFields()).isEmpty();
        });
    }

    @Test
    void aTransferWithANewStartDateTakesEffectOnThatDate() {
        Power moved = withAgency(LICENCE, STREET_OFFICE);
        moved = new Power(moved.code(), moved.agencyCode(), moved.name(), moved.category(), moved.legalBasis(),
                moved.responsibility(), moved.randomInspection(), moved.discretionStandard(), moved.status(),
                LocalDate.of(2026, 12, 1), null);
        assertThat(changes(LICENCE, moved)).extracting(PowerChange::kind, PowerChange::effectiveOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PowerChangeKind.TRANSFERRED, LocalDate.of(2026, 12, 1)),
                org.assertj.core.groups.Tuple.tuple(PowerChangeKind.ADJUSTED, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void repealingAnActiveItemIsARepealDatedTheDayItCeasedToApply() {
        assertThat(changes(LICENCE, repealed(LICENCE, LocalDate.of(2026, 11, 1)))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.REPEALED);
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2026, 11, 1));
            // the end date that comes with a repeal is part of the repeal, not an adjustment
            assertThat(c.changedFields()).isEmpty();
        });
    }

    @Test
    void aChangedLegalBasisIsAnAdjustmentThatKeepsThePreviousText() {
        Power amended = withLegalBasis(LICENCE, "《中华人民共和国食品安全法》（2021年修正）第三十五条");
        assertThat(changes(LICENCE, amended)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.ADJUSTED);
            assertThat(c.effectiveOn()).isEqualTo(TODAY);
            assertThat(c.changedFields()).containsExactly("legalBasis");
            assertThat(c.previousValues()).containsExactly(
                    new FieldValue("legalBasis", "《中华人民共和国食品安全法》第三十五条"));
        });
    }

    @Test
    void anAdjustmentListsEveryChangedFieldWithItsPreviousValue() {
        Power changed = new Power("XK-001", MARKET_REGULATION, "食品经营许可（含仅销售预包装食品备案）", PowerCategory.LICENSING,
                LICENCE.legalBasis(), null, true, "裁量基准", PowerStatus.ACTIVE, LocalDate.of(2021, 1, 1), null);
        assertThat(changes(LICENCE, changed)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.ADJUSTED);
            assertThat(c.changedFields())
                    .containsExactly("name", "responsibility", "randomInspection", "discretionStandard");
            assertThat(c.previousValues()).containsExactly(
                    new FieldValue("name", "食品经营许可"),
                    new FieldValue("responsibility", "1.受理责任。2.审查责任。"),
                    new FieldValue("randomInspection", "false"),
                    new FieldValue("discretionStandard", null));
        });
    }

    @Test
    void aLaterStartDateDatesTheAdjustment() {
        Power later = new Power("XK-001", MARKET_REGULATION, LICENCE.name(), LICENCE.category(), "新依据",
                LICENCE.responsibility(), false, null, PowerStatus.ACTIVE, LocalDate.of(2027, 1, 1), null);
        assertThat(changes(LICENCE, later)).singleElement().satisfies(c -> {
            assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(c.changedFields()).containsExactly("legalBasis", "effectiveFrom");
            assertThat(c.previousValues()).contains(new FieldValue("effectiveFrom", "2021-01-01"));
        });
    }

    @Test
    void restoringARepealedItemIsAnAdjustmentOfItsStatus() {
        Power repealed = repealed(LICENCE, LocalDate.of(2024, 6, 30));
        assertThat(changes(repealed, LICENCE)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PowerChangeKind.ADJUSTED);
            assertThat(c.changedFields()).containsExactly("effectiveTo", "status");
            assertThat(c.previousValues()).containsExactly(new FieldValue("effectiveTo", "2024-06-30"),
                    new FieldValue("status", "REPEALED"));
        });
    }

    @Test
    void aTransferThatAlsoChangesTheTextIsBothATransferAndAnAdjustment() {
        Power moved = withLegalBasis(withAgency(LICENCE, STREET_OFFICE), "新依据");
        assertThat(changes(LICENCE, moved)).extracting(PowerChange::kind)
                .containsExactly(PowerChangeKind.TRANSFERRED, PowerChangeKind.ADJUSTED);
    }
}
