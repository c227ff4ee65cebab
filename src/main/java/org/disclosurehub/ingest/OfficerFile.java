package org.disclosurehub.ingest;

import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.officer.CredentialStatus;
import org.disclosurehub.officer.Officer;
import org.disclosurehub.officer.OfficerRepository;
import org.disclosurehub.officer.StaffRole;

/** officers.csv: officers with their enforcement credentials, auxiliary staff with their work cards. */
final class OfficerFile extends RecordFile<Officer> {

    private final OfficerRepository officers;

    OfficerFile(OfficerRepository officers) {
        this.officers = officers;
    }

    @Override
    String name() {
        return "officers.csv";
    }

    @Override
    List<String> columns() {
        return List.of("credential_no", "name", "agency_code", "role", "domain", "credential_status", "issued_on",
                "expires_on", "duties");
    }

    @Override
    Officer parse(Row row, ImportContext context) {
        String credentialNo = row.required("credential_no", 64);
        String name = row.required("name", 100);
        String agencyCode = row.uscc("agency_code", true);
        StaffRole role = row.enumValue("role", StaffRole.class, true);
        CredentialStatus status = row.enumValue("credential_status", CredentialStatus.class, true);
        boolean officer = role == StaffRole.OFFICER;
        LocalDate issued = row.date("issued_on", officer);
        LocalDate expires = row.date("expires_on", officer);
        if (agencyCode != null && !context.knowsAgency(agencyCode)) {
            row.error("agency_code", "no agency with code " + agencyCode + " in agencies.csv or already imported");
        }
        if (issued != null && expires != null && !expires.isAfter(issued)) {
            row.error("expires_on", "must be after issued_on (" + issued + ")");
        }
        if (credentialNo != null && !credentialNo.equals(credentialNo.strip())) {
            row.error("credential_no", "has leading or trailing spaces");
        }
        Officer record = new Officer(credentialNo, name, agencyCode, role, row.text("domain", 100), status, issued,
                expires, row.text("duties", 1000));
        return row.ok() ? record : null;
    }

    @Override
    String key(Officer record) {
        return record.credentialNo();
    }

    @Override
    void register(Officer officer, int row, ImportContext context) {
        context.officers().put(officer.credentialNo(), officer);
    }

    @Override
    int write(List<Officer> batch, ImportContext context) {
        officers.upsert(batch);
        return NOT_COUNTED;
    }
}
