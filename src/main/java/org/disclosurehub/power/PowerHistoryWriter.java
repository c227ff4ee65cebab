package org.disclosurehub.power;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosurehub.calendar.LegalTime;
import org.springframework.stereotype.Service;

/**
 * Writes incoming versions of powers-list items and records in their history what each one
 * changed. Unchanged items are not written at all.
 */
@Service
public class PowerHistoryWriter {

    private final PowerRepository powers;
    private final Clock clock;

    PowerHistoryWriter(PowerRepository powers, Clock clock) {
        this.powers = powers;
        this.clock = clock;
    }

    /** @return how many of the items were new or changed */
    public int write(List<Power> incoming, String source) {
        Map<String, Power> stored = powers.findAll(incoming.stream().map(Power::code).toList());
        LocalDate today = LegalTime.today(clock);
        Instant now = clock.instant();
        List<Power> changed = new ArrayList<>();
        List<PowerChange> history = new ArrayList<>();
        for (Power power : incoming) {
            List<PowerChange> changes = PowerChangeDetector.changes(stored.get(power.code()), power, today, now);
            if (!changes.isEmpty() || !power.equals(stored.get(power.code()))) {
                changed.add(power);
                history.addAll(changes);
            }
        }
        powers.upsert(changed);
        powers.append(history, source);
        return changed.size();
    }

    /**
     * Writes one item as an agency's system changed it, its history dated the day the change took
     * effect (an import has no such day and records the day it ran).
     *
     * @param stored the item as stored (null if new), read under a lock by the caller
     * @return the changes recorded in its history (none if the item is unchanged)
     */
    public List<PowerChange> write(Power stored, Power incoming, String source, LocalDate effectiveOn) {
        List<PowerChange> changes = PowerChangeDetector.changes(stored, incoming, effectiveOn, clock.instant());
        if (changes.isEmpty() && incoming.equals(stored)) {
            return List.of();
        }
        powers.upsert(List.of(incoming));
        powers.append(changes, source);
        return changes;
    }
}
