package org.disclosurehub.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statistical disclosure control of the withheld-decision figures: a count from 1 to 4 could
 * point at a person and is shown "<5"; where a row has exactly one such cell, the smallest other
 * non-zero cell is hidden too ("–"), so that a total published elsewhere cannot give it back.
 */
class SmallCountsTest {

    static List<String> shown(Long... row) {
        return SmallCounts.protect(List.of(row)).stream().map(SmallCounts.Cell::display).toList();
    }

    static List<Long> counts(Long... row) {
        return SmallCounts.protect(List.of(row)).stream().map(SmallCounts.Cell::count).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aCountFromOneToFourIsShownAsLessThanFive(long n) {
        assertThat(shown(n, 0L)).containsExactly("<5", "0");
        assertThat(counts(n, 0L)).containsExactly(null, 0L);
    }

    @Test
    void fiveAndMoreAreShown() {
        assertThat(shown(5L, 12L, 100L)).containsExactly("5", "12", "100");
        assertThat(counts(5L, 12L, 100L)).containsExactly(5L, 12L, 100L);
    }

    @Test
    void zeroStaysZero() {
        assertThat(shown(0L, 0L, 0L)).containsExactly("0", "0", "0");
        assertThat(counts(0L, 0L, 0L)).containsExactly(0L, 0L, 0L);
    }

    @Test
    void oneSmallCellHidesTheSmallestOtherNonZeroCell() {
        // total − 40 − 6 would give the 3 back, so the 6 is hidden as well
        assertThat(shown(3L, 40L, 0L, 6L, 9L)).containsExactly("<5", "40", "0", "–", "9");
        assertThat(counts(3L, 40L, 0L, 6L, 9L)).containsExactly(null, 40L, 0L, null, 9L);
    }

    @Test
    void theComplementaryCellIsTheSmallestEvenWhenItComesFirst() {
        assertThat(shown(7L, 0L, 1L, 8L)).containsExactly("–", "0", "<5", "8");
    }

    @Test
    void twoSmallCellsProtectEachOtherAndNothingMoreIsHidden() {
        assertThat(shown(2L, 3L, 50L)).containsExactly("<5", "<5", "50");
    }

    @Test
    void aZeroIsNeverChosenAsTheComplementaryCell() {
        assertThat(shown(0L, 4L, 0L, 5L)).containsExactly("0", "<5", "0", "–");
    }

    @Test
    void noCellOfAProtectedRowShowsACountFromOneToFour() {
        for (List<Long> row : List.of(List.of(1L, 2L, 3L, 4L), List.of(4L, 5L), List.of(0L, 1L, 0L))) {
            for (SmallCounts.Cell cell : SmallCounts.protect(row)) {
                if (cell.count() != null) {
                    assertThat(cell.count() == 0 || cell.count() >= SmallCounts.THRESHOLD).as(cell.toString()).isTrue();
                }
            }
        }
    }
}
