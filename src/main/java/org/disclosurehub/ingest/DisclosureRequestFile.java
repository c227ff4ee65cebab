package org.disclosurehub.ingest;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.request.ApplicantType;
import org.disclosurehub.request.ApplicationRecord;
import org.disclosurehub.request.ApplicationStore;
import org.disclosurehub.request.Channel;
import org.disclosurehub.request.Delivery;
import org.disclosurehub.request.InformationFormat;
import org.disclosurehub.request.QueryCodes;

/**
 * disclosure_requests.csv: applications for government information. Messages never quote the
 * applicant's name, identity number or contact, nor the query code, which is stored only as its
 * SHA-256.
 */
final class DisclosureRequestFile extends RecordFile<ApplicationRecord> {

    private final ApplicationStore store;
    /** The applications of this file, for request_events.csv to check its events against. */
    final Map<String, ApplicationStore.Submission> submissions = new HashMap<>();

    DisclosureRequestFile(ApplicationStore store) {
        this.store = store;
    }

    @Override
    String name() {
        return "disclosure_requests.csv";
    }

    @Override
    List<String> columns() {
        return List.of("tracking_no", "agency_code", "applicant_type", "applicant_name", "applicant_id_no",
                "applicant_contact", "description", "format", "delivery", "channel", "submitted_at");
    }

    @Override
    List<String> optionalColumns() {
        return List.of("query_code", "public_register");
    }

    @Override
    ApplicationRecord parse(Row row, ImportContext context) {
        String trackingNo = trackingNo(row);
        String agencyCode = row.uscc("agency_code", true);
        ApplicantType type = row.enumValue("applicant_type", ApplicantType.class, true);
        String name = row.required("applicant_name", 200);
        String idNo = identityNumber(row, type);
        String contact = row.required("applicant_contact", 500);
        String description = row.required("description", 20_000);
        InformationFormat format = row.enumValue("format", InformationFormat.class, true);
        Delivery delivery = row.enumValue("delivery", Delivery.class, true);
        Channel channel = row.enumValue("channel", Channel.class, true);
        OffsetDateTime submitted = row.timestamp("submitted_at", true);
        String code = row.raw("query_code");
        boolean register = Boolean.TRUE.equals(row.bool("public_register", false, false));
        if (agencyCode != null) {
            AgencyKind kind = context.kind(agencyCode);
            if (kind == null) {
                row.error("agency_code", "no agency with code " + agencyCode + " in agencies.csv or already imported");
            } else if (kind == AgencyKind.ENFORCEMENT_TEAM) {
                row.error("agency_code", "an ENFORCEMENT_TEAM answers no application in its own name: give the street office"
                        + " or township it works for");
            }
        }
        if (format == InformationFormat.PAPER && (delivery == Delivery.EMAIL || delivery == Delivery.ONLINE)) {
            row.error("delivery", delivery + " cannot deliver PAPER: use POST or PICKUP");
        }
        if (code != null && (QueryCodes.normalize(code).length() < 16 || code.length() > 64)) {
            // never quoted: it is the applicant's secret
            row.error("query_code", "must have 16 to 64 characters (at least 80 bits of entropy)");
        }
        if (!row.ok()) {
            return null;
        }
        return new ApplicationRecord(trackingNo, agencyCode, type, name, idNo, contact, description, format, delivery,
                channel, submitted.toInstant(), code == null ? null : QueryCodes.hash(code), register);
    }

    static String trackingNo(Row row) {
        String t = row.required("tracking_no", 40);
        if (t != null && !t.matches("[A-Za-z0-9_\\-]+")) {
            row.error("tracking_no", "may hold only letters, digits, '-' and '_'");
        }
        return t;
    }

    /**
     * Art. 29 asks for an identity document: a resident ID (checked when it has that shape; a
     * passport or other document is accepted as given) or an organisation's credit code.
     */
    private static String identityNumber(Row row, ApplicantType type) {
        String v = row.raw("applicant_id_no");
        if (v == null) {
            row.error("applicant_id_no", "is required: the number of the applicant's identity document (art. 29)");
            return null;
        }
        if (v.length() > 64) {
            row.error("applicant_id_no", "is longer than 64 characters");
            return null;
        }
        if (type == ApplicantType.NATURAL_PERSON) {
            if (v.matches("\\d{17}[\\dX]") && !ResidentId.valid(v)) {
                row.error("applicant_id_no", "is not a valid resident ID number (GB 11643 check character)");
            }
        } else if (type != null && v.length() == 18 && Uscc.problem(v) != null) {
            row.error("applicant_id_no", "is not a valid unified social credit code (GB 32100 check character)");
        }
        return v;
    }

    @Override
    String key(ApplicationRecord record) {
        return record.trackingNo();
    }

    @Override
    void register(ApplicationRecord record, int row, ImportContext context) {
        submissions.put(record.trackingNo(), new ApplicationStore.Submission(record.agencyCode(), record.applicantType(),
                record.channel(), record.submittedAt()));
    }

    @Override
    int write(List<ApplicationRecord> batch, ImportContext context) {
        store.upsert(batch);
        return NOT_COUNTED;
    }
}
