package org.disclosurehub.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for published counts of withheld decisions: a count from 1 to
 * 4 is hidden (shown "<5"), since a small count can point at a person. Where a row has exactly
 * one such cell, the smallest other non-zero cell of the row is hidden too (shown "–"), so that
 * a total published elsewhere (an annual report's count of decisions) minus the visible cells
 * cannot recover it.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;
    public static final String SMALL = "<5";
    public static final String COMPLEMENTARY = "–";

    private SmallCounts() {
    }

    /** A cell as published: the count, or null with the text shown instead. */
    public record Cell(Long count, String display) {
    }

    /** Applies primary and complementary suppression to one row of counts. */
    public static List<Cell> protect(List<Long> row) {
        List<Cell> cells = new ArrayList<>();
        int small = 0;
        for (long n : row) {
            boolean hide = n > 0 && n < THRESHOLD;
            small += hide ? 1 : 0;
            cells.add(hide ? new Cell(null, SMALL) : new Cell(n, Long.toString(n)));
        }
        if (small == 1) {
            int smallest = -1;
            for (int i = 0; i < row.size(); i++) {
                long n = row.get(i);
                if (n >= THRESHOLD && (smallest < 0 || n < row.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                cells.set(smallest, new Cell(null, COMPLEMENTARY));
            }
        }
        return cells;
    }
}
