package org.disclosurehub.power;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides what a new version of a powers-list item means for its history: a new item is
 * ADDED; a new agency is a TRANSFER; ACTIVE → REPEALED is a REPEAL; any other difference is an
 * ADJUSTMENT listing the fields and their previous values. An identical version changes nothing,
 * which is what makes re-importing the same dataset idempotent.
 */
public final class PowerChangeDetector {

    /** The compared fields, in schema spelling, with how to read them. Agency and status have their own kinds. */
    private static final Map<String, Function<Power, Object>> CONTENT = new LinkedHashMap<>();

    static {
        CONTENT.put("name", Power::name);
        CONTENT.put("category", Power::category);
        CONTENT.put("legalBasis", Power::legalBasis);
        CONTENT.put("responsibility", Power::responsibility);
        CONTENT.put("randomInspection", Power::randomInspection);
        CONTENT.put("discretionStandard", Power::discretionStandard);
        CONTENT.put("effectiveFrom", Power::effectiveFrom);
        CONTENT.put("effectiveTo", Power::effectiveTo);
    }

    private PowerChangeDetector() {
    }

    /**
     * @param before the stored item, or null if it is new
     * @param after  the incoming item
     * @param today  the day (Asia/Shanghai) the change is recorded, used when the data names no date
     * @param now    the instant it is recorded
     */
    public static List<PowerChange> changes(Power before, Power after, LocalDate today, Instant now) {
        List<PowerChange> changes = new ArrayList<>();
        if (before == null) {
            LocalDate on = after.effectiveFrom() != null ? after.effectiveFrom() : today;
            changes.add(change(after, PowerChangeKind.ADDED, on, now, null, null, List.of(), List.of()));
            if (after.status() == PowerStatus.REPEALED) {
                changes.add(change(after, PowerChangeKind.REPEALED, repealDate(after, today), now, null, null, List.of(),
                        List.of()));
            }
            return changes;
        }
        if (!before.agencyCode().equals(after.agencyCode())) {
            LocalDate on = !Objects.equals(before.effectiveFrom(), after.effectiveFrom()) && after.effectiveFrom() != null
                    ? after.effectiveFrom() : today;
            changes.add(change(after, PowerChangeKind.TRANSFERRED, on, now, before.agencyCode(), after.agencyCode(),
                    List.of(), List.of()));
        }
        List<String> fields = new ArrayList<>();
        List<FieldValue> previous = new ArrayList<>();
        CONTENT.forEach((field, getter) -> {
            Object old = getter.apply(before);
            if (!Objects.equals(old, getter.apply(after))) {
                // effectiveTo moving because of a repeal is part of the repeal, not an adjustment
                boolean partOfRepeal = field.equals("effectiveTo") && before.status() == PowerStatus.ACTIVE
                        && after.status() == PowerStatus.REPEALED;
                if (!partOfRepeal) {
                    fields.add(field);
                    previous.add(new FieldValue(field, old == null ? null : old.toString()));
                }
            }
        });
        if (before.status() == PowerStatus.REPEALED && after.status() == PowerStatus.ACTIVE) {
            fields.add("status");
            previous.add(new FieldValue("status", PowerStatus.REPEALED.name()));
        }
        if (!fields.isEmpty()) {
            LocalDate on = fields.contains("effectiveFrom") && after.effectiveFrom() != null
                    && after.effectiveFrom().isAfter(before.effectiveFrom() == null ? LocalDate.MIN : before.effectiveFrom())
                    ? after.effectiveFrom() : today;
            changes.add(change(after, PowerChangeKind.ADJUSTED, on, now, null, null, fields, previous));
        }
        if (before.status() == PowerStatus.ACTIVE && after.status() == PowerStatus.REPEALED) {
            changes.add(change(after, PowerChangeKind.REPEALED, repealDate(after, today), now, null, null, List.of(),
                    List.of()));
        }
        return changes;
    }

    private static LocalDate repealDate(Power power, LocalDate today) {
        return power.effectiveTo() != null ? power.effectiveTo() : today;
    }

    private static PowerChange change(Power p, PowerChangeKind kind, LocalDate on, Instant now, String from, String to,
            List<String> fields, List<FieldValue> previous) {
        return new PowerChange(0, p.code(), kind, on, now, from, to, fields, previous);
    }
}
