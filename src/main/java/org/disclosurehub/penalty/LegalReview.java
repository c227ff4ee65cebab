package org.disclosurehub.penalty;

import java.time.LocalDate;

/** Legal review (法制审核) of a major decision. */
public record LegalReview(boolean passed, LocalDate reviewedOn) {
}
