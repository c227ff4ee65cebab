package org.disclosurehub.power;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One recorded change of a powers-list item; the history is only ever appended to.
 *
 * @param changedFields  for ADJUSTED: the fields that changed (schema spelling)
 * @param previousValues for ADJUSTED: their values before
 */
public record PowerChange(
        long id,
        String powerCode,
        PowerChangeKind kind,
        LocalDate effectiveOn,
        Instant recordedAt,
        String fromAgencyCode,
        String toAgencyCode,
        List<String> changedFields,
        List<FieldValue> previousValues) {
}
