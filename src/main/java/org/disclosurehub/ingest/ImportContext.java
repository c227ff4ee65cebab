package org.disclosurehub.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRef;
import org.disclosurehub.calendar.CalendarDayKind;
import org.disclosurehub.officer.Officer;

/**
 * What an import knows about records it references: what is stored, plus what the files
 * validated so far add. Loaded lazily, so a calendar-only import touches nothing else.
 */
final class ImportContext {

    private final Supplier<Map<String, AgencyRef>> storedAgencies;
    private final Supplier<Set<String>> storedPowers;
    private final Supplier<Map<String, Officer>> storedOfficers;
    private Map<String, AgencyRef> agencies;
    private Set<String> powers;
    private Map<String, Officer> officers;
    final String source;

    /** Whether the database held no penalty decisions when the import began (nothing to compare). */
    boolean freshDecisions;

    /** The days of this import's calendar.csv: deadlines are checked on them before they are written. */
    final Map<LocalDate, CalendarDayKind> calendar = new HashMap<>();

    ImportContext(String source, Supplier<Map<String, AgencyRef>> storedAgencies, Supplier<Set<String>> storedPowers,
            Supplier<Map<String, Officer>> storedOfficers) {
        this.source = source;
        this.storedAgencies = storedAgencies;
        this.storedPowers = storedPowers;
        this.storedOfficers = storedOfficers;
    }

    /** Kind of each known agency. */
    AgencyKind kind(String code) {
        AgencyRef ref = refs().get(code);
        return ref == null ? null : ref.kind();
    }

    boolean knowsAgency(String code) {
        return refs().containsKey(code);
    }

    Map<String, AgencyRef> refs() {
        if (agencies == null) {
            agencies = new HashMap<>(storedAgencies.get());
        }
        return agencies;
    }

    Set<String> powers() {
        if (powers == null) {
            powers = new HashSet<>(storedPowers.get());
        }
        return powers;
    }

    Map<String, Officer> officers() {
        if (officers == null) {
            officers = new HashMap<>(storedOfficers.get());
        }
        return officers;
    }
}
