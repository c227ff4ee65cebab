package org.disclosurehub.penalty;

import java.time.LocalDate;

/** The correction of a changed decision (公示办法 art. 12). */
public record Correction(LocalDate correctedOn, String reason) {
}
