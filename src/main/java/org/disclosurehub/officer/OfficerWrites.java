package org.disclosurehub.officer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.UserError;
import org.disclosurehub.security.AuditTrail;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes of a credential's or work card's status (suspended, revoked, valid again), by the system
 * of the agency the holder works for, audited and announced once committed. The public credential
 * check answers with the new status as soon as the mutation returns.
 */
@Service
class OfficerWrites {

    private final OfficerRepository officers;
    private final WriteAccess access;
    private final AuditTrail audit;
    private final DataChanges changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OfficerWrites(OfficerRepository officers, WriteAccess access, AuditTrail audit, DataChanges changes,
            TransactionTemplate transactions, Clock clock) {
        this.officers = officers;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    record ChangeCredentialStatusInput(String credentialNo, CredentialStatus status) {
    }

    StaffPayload changeStatus(ChangeCredentialStatusInput in) {
        access.require(Role.PUBLISHER, null);
        return transactions.execute(tx -> {
            Optional<Officer> stored = officers.lock(in.credentialNo());
            if (stored.isEmpty()) {
                return new StaffPayload(null, List.of(UserError.notFound("credentialNo",
                        "no officer or auxiliary staff with this credential or work card number")));
            }
            Officer o = stored.get();
            access.require(Role.PUBLISHER, o.agencyCode());
            Officer changed = new Officer(o.credentialNo(), o.name(), o.agencyCode(), o.role(), o.domain(), in.status(),
                    o.issuedOn(), o.expiresOn(), o.duties());
            if (o.credentialStatus() != in.status()) {
                officers.upsert(List.of(changed));
                audit.record("CREDENTIAL_STATUS_CHANGED", "officer", o.credentialNo(), o.agencyCode(),
                        Map.of("credentialStatus", AuditTrail.plain(o.credentialStatus())),
                        Map.of("credentialStatus", AuditTrail.plain(in.status())));
                changes.announce("officer");
            }
            return new StaffPayload(StaffMember.of(changed, LegalTime.today(clock)), List.of());
        });
    }
}
