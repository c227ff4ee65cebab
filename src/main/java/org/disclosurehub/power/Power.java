package org.disclosurehub.power;

import java.time.LocalDate;

/** One item of an agency's powers list (权力清单) with its duties (责任清单). */
public record Power(
        String code,
        String agencyCode,
        String name,
        PowerCategory category,
        String legalBasis,
        String responsibility,
        boolean randomInspection,
        String discretionStandard,
        PowerStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
