package org.disclosurehub.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRef;
import org.disclosurehub.officer.Officer;
import org.disclosurehub.officer.StaffRole;
import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.DecisionStatus;
import org.disclosurehub.policy.Exemption;
import org.disclosurehub.policy.PartyType;
import org.disclosurehub.policy.PenaltyType;
import org.disclosurehub.policy.ProcedureKind;
import org.disclosurehub.policy.PublicationLoader;
import org.disclosurehub.policy.PublicationWriter;
import org.disclosurehub.policy.Severity;

/**
 * penalty_decisions.csv. Beyond types and enums: a credit code for every party but a natural
 * person, whose ID number must pass its check character; a deciding agency that is not an
 * enforcement team; an existing powers-list item; at least two handling OFFICERs of the deciding
 * agency or its teams (行政处罚法 art. 42); redacted passages that occur in the facts; a legal
 * review date for a major decision. Messages never quote names or ID numbers.
 */
final class PenaltyDecisionFile extends RecordFile<Decision> {

    static final String NAME = "penalty_decisions.csv";

    private final PublicationWriter writer;
    private final PublicationLoader loader;
    private final int decisionsPerLoad;
    /** The load files being written, while {@link #load}ing. */
    private PublicationLoader.Stream stream;
    /** Whether this import loads (empty decision tables, a database that accepts it), decided in its transaction. */
    private boolean load;

    PenaltyDecisionFile(PublicationWriter writer, PublicationLoader loader, int loadBatchSize) {
        this.writer = writer;
        this.loader = loader;
        this.decisionsPerLoad = loadBatchSize;
    }

    @Override
    String name() {
        return NAME;
    }

    @Override
    String keyColumn() {
        return "decision_no";
    }

    @Override
    List<String> columns() {
        return List.of("decision_no", "agency_code", "power_code", "party_type", "party_name", "party_credit_code",
                "party_id_no", "legal_representative", "violation_facts", "legal_basis", "penalty_types", "fine_amount",
                "confiscation_amount", "decision_date", "procedure", "officer_credentials", "severity", "exemption",
                "status", "status_changed_on", "status_reason", "redacted_passages");
    }

    @Override
    List<String> optionalColumns() {
        return List.of("major", "legal_review_date", "published_on");
    }

    @Override
    Decision parse(Row row, ImportContext context) {
        String decisionNo = row.required("decision_no", 100);
        String agencyCode = row.uscc("agency_code", true);
        String powerCode = row.required("power_code", 64);
        PartyType partyType = row.enumValue("party_type", PartyType.class, true);
        String partyName = row.required("party_name", 200);
        String facts = row.required("violation_facts", 20_000);
        List<PenaltyType> types = penaltyTypes(row);
        BigDecimal fine = row.amount("fine_amount", types.contains(PenaltyType.FINE));
        BigDecimal confiscation = row.amount("confiscation_amount", false);
        LocalDate date = row.date("decision_date", true);
        ProcedureKind procedure = row.enumValue("procedure", ProcedureKind.class, true);
        Severity severity = row.enumValue("severity", Severity.class, true);
        Exemption exemption = row.enumValue("exemption", Exemption.class, true);
        DecisionStatus status = row.enumValue("status", DecisionStatus.class, true);
        boolean changed = status == DecisionStatus.CHANGED || status == DecisionStatus.REVOKED;
        LocalDate statusChangedOn = row.date("status_changed_on", changed);
        String statusReason = changed ? row.required("status_reason", 1000) : row.text("status_reason", 1000);
        boolean major = Boolean.TRUE.equals(row.bool("major", false, false));
        LocalDate review = row.date("legal_review_date", major);
        LocalDate publishedOn = row.date("published_on", false);
        String legalRepresentative = row.text("legal_representative", 100);

        String creditCode = row.usccUnquoted("party_credit_code", partyType != null && partyType != PartyType.NATURAL_PERSON);
        String idNo = row.raw("party_id_no");
        if (partyType == PartyType.NATURAL_PERSON) {
            if (idNo == null) {
                row.error("party_id_no", "is required for a NATURAL_PERSON (a resident ID number)");
            } else if (!ResidentId.valid(idNo)) {
                row.error("party_id_no", "is not a valid resident ID number (18 characters with the GB 11643 check character)");
            }
        } else if (partyType != null && idNo != null) {
            row.error("party_id_no", "must be empty: only a natural person's ID number is recorded");
        }
        if (partyType == PartyType.INDIVIDUAL_BUSINESS && legalRepresentative == null) {
            row.error("legal_representative", "is required for an INDIVIDUAL_BUSINESS: its operator (经营者)");
        }
        checkAgencyAndPower(row, context, agencyCode, powerCode);
        List<String> handlers = row.list("officer_credentials");
        checkHandlers(row, context, agencyCode, handlers);
        List<String> passages = row.list("redacted_passages");
        if (facts != null) {
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).isEmpty() || !facts.contains(passages.get(i))) {
                    row.error("redacted_passages", "passage " + (i + 1) + " does not occur in violation_facts");
                }
            }
        }
        if (date != null && statusChangedOn != null && statusChangedOn.isBefore(date)) {
            row.error("status_changed_on", "is before decision_date (" + date + ")");
        }
        if (major && procedure == ProcedureKind.SIMPLE) {
            row.error("major", "a major decision cannot be made under the SIMPLE procedure");
        }
        if (date != null && review != null && !review.isBefore(date)) {
            row.error("legal_review_date", "must be before decision_date (" + date + "): the review precedes the decision");
        }
        if (date != null && publishedOn != null && publishedOn.isBefore(date)) {
            row.error("published_on", "is before decision_date (" + date + ")");
        }
        if (!row.ok()) {
            return null;
        }
        return new Decision(decisionNo, agencyCode, powerCode, partyType, partyName, creditCode, idNo, legalRepresentative,
                facts, row.text("legal_basis", 20_000), types, fine, confiscation, date, procedure, handlers, severity,
                exemption, status, statusChangedOn, statusReason, passages, major, review, publishedOn);
    }

    private static List<PenaltyType> penaltyTypes(Row row) {
        List<PenaltyType> types = new ArrayList<>();
        List<String> values = row.list("penalty_types");
        if (values.isEmpty()) {
            row.error("penalty_types", "is required: at least one kind of penalty");
        }
        for (String v : values) {
            try {
                types.add(PenaltyType.valueOf(v));
            } catch (IllegalArgumentException e) {
                row.error("penalty_types", "'" + Row.abbreviate(v) + "' is not a kind of penalty (WARNING, FINE, …)");
            }
        }
        return types;
    }

    private static void checkAgencyAndPower(Row row, ImportContext context, String agencyCode, String powerCode) {
        if (agencyCode != null) {
            AgencyKind kind = context.kind(agencyCode);
            if (kind == null) {
                row.error("agency_code", "no agency with code " + agencyCode + " in agencies.csv or already imported");
            } else if (kind == AgencyKind.ENFORCEMENT_TEAM) {
                row.error("agency_code", "an ENFORCEMENT_TEAM decides nothing in its own name: give the street office"
                        + " or township it acts for");
            }
        }
        if (powerCode != null && !context.powers().contains(powerCode)) {
            row.error("power_code", "no powers-list item with code " + Row.abbreviate(powerCode)
                    + " in powers.csv or already imported");
        }
    }

    /**
     * At least two different handlers must be OFFICERs of the deciding agency or of one of its
     * enforcement teams; auxiliary staff, officers of other agencies and a credential listed twice
     * do not count towards the two.
     */
    private static void checkHandlers(Row row, ImportContext context, String agencyCode, List<String> handlers) {
        Set<String> qualified = new HashSet<>();
        for (String no : handlers) {
            Officer officer = context.officers().get(no);
            if (officer == null) {
                row.error("officer_credentials", "no officer with credential number " + Row.abbreviate(no));
                continue;
            }
            if (officer.role() != StaffRole.OFFICER) {
                row.error("officer_credentials", Row.abbreviate(no) + " is an auxiliary staff work card: auxiliary staff"
                        + " may not handle a case");
                continue;
            }
            if (agencyCode != null && worksFor(context, officer.agencyCode(), agencyCode)) {
                qualified.add(no);
            } else if (agencyCode != null) {
                row.error("officer_credentials", Row.abbreviate(no) + " is not an officer of the deciding agency or of its"
                        + " enforcement teams");
            }
        }
        if (qualified.size() < 2) {
            row.error("officer_credentials", "at least two enforcement officers must handle a case (行政处罚法 art. 42)");
        }
    }

    private static boolean worksFor(ImportContext context, String officerAgency, String decidingAgency) {
        if (officerAgency.equals(decidingAgency)) {
            return true;
        }
        AgencyRef ref = context.refs().get(officerAgency);
        return ref != null && ref.kind() == AgencyKind.ENFORCEMENT_TEAM && Objects.equals(ref.parentCode(), decidingAgency);
    }

    @Override
    String key(Decision record) {
        return record.decisionNo();
    }

    @Override
    int write(List<Decision> batch, ImportContext context) {
        return writer.write(batch, districts(batch, context), context.freshDecisions);
    }

    private static Map<String, String> districts(List<Decision> batch, ImportContext context) {
        Map<String, String> districts = new HashMap<>();
        batch.forEach(d -> districts.computeIfAbsent(d.agencyCode(), c -> context.refs().get(c).district()));
        return districts;
    }

    @Override
    boolean checkedWhileWritten() {
        return true;
    }

    /**
     * Loads when the decision tables are empty (nothing stored to compare with, the first delivery
     * of a large dataset) and the database accepts LOAD DATA; writes decision by decision
     * otherwise. What is referenced is read now: the reading thread does not use the database, and a
     * decision's checks then see the agencies, powers and officers of this import's earlier files.
     */
    @Override
    void beforeWrite(ImportContext context) {
        context.refs();
        context.powers();
        context.officers();
        load = context.freshDecisions && loader.begin();
        stream = load ? loader.stream(decisionsPerLoad) : null;
    }

    @Override
    void afterWrite(ImportContext context) {
        if (load) {
            stream.close();
            loader.end();
        }
    }

    @Override
    int batchSize() {
        // when loading, batches only carry decisions from the reading thread to the load files
        return load ? Math.min(1_000, decisionsPerLoad) : super.batchSize();
    }

    @Override
    Write prepare(List<Decision> batch, ImportContext context) {
        if (!load) {
            return super.prepare(batch, context);
        }
        return loadWrite(stream.add(batch, districts(batch, context)));
    }

    @Override
    Write finish(ImportContext context) {
        return load ? loadWrite(stream.cut()) : super.finish(context);
    }

    /** Loading a batch cut from the stream; nothing while it is still growing (null). */
    private Write loadWrite(PublicationLoader.Batch files) {
        if (files == null) {
            return Write.NOTHING;
        }
        return new Write() {
            @Override
            public int run() {
                return loader.load(files);
            }

            @Override
            public void discard() {
                files.close();
            }
        };
    }
}
