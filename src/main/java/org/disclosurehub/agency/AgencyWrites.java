package org.disclosurehub.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.InputErrors;
import org.disclosurehub.graphql.UserError;
import org.disclosurehub.security.AuditTrail;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to an agency's published details, audited, in one transaction that locks the row.
 * Lengths are those agencies.csv allows.
 */
@Service
class AgencyWrites {

    private final AgencyRepository agencies;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final DataChanges changes;

    AgencyWrites(AgencyRepository agencies, TransactionTemplate transactions, AuditTrail audit, DataChanges changes) {
        this.agencies = agencies;
        this.transactions = transactions;
        this.audit = audit;
        this.changes = changes;
    }

    AgencyPayload update(UpdateAgencyInput input) {
        return transactions.execute(status -> {
            Optional<Agency> stored = agencies.lock(input.code());
            if (stored.isEmpty()) {
                return AgencyPayload.refused(List.of(UserError.notFound("code", "no agency with this code")));
            }
            Agency a = stored.get();
            InputErrors errors = new InputErrors();
            String name = input.name().isOmitted() ? a.name() : errors.required("name", input.name().value(), 200);
            Agency updated = new Agency(a.code(), name, a.kind(), a.parentCode(), a.district(),
                    change(errors, "address", input.address(), a.address(), 500),
                    change(errors, "officeHours", input.officeHours(), a.officeHours(), 500),
                    change(errors, "consultPhone", input.consultPhone(), a.consultPhone(), 100),
                    change(errors, "supervisionPhone", input.supervisionPhone(), a.supervisionPhone(), 100),
                    change(errors, "website", input.website(), a.website(), 500),
                    change(errors, "functions", input.functions(), a.functions(), 20_000));
            if (!errors.ok()) {
                return AgencyPayload.refused(errors.list());
            }
            if (!updated.equals(a)) {
                agencies.upsert(List.of(updated));
                audit.record("AGENCY_UPDATED", "agency", a.code(), a.code(), fields(a), fields(updated));
                changes.announce("agency");
            }
            return new AgencyPayload(updated, List.of());
        });
    }

    private static String change(InputErrors errors, String field, ArgumentValue<String> value, String stored, int max) {
        return value.isOmitted() ? stored : errors.text(field, value.value(), max);
    }

    /** An agency's published details are public: the trail keeps them in clear. */
    private static Map<String, Object> fields(Agency a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Function<Agency, String>> getters = new LinkedHashMap<>();
        getters.put("name", Agency::name);
        getters.put("address", Agency::address);
        getters.put("officeHours", Agency::officeHours);
        getters.put("consultPhone", Agency::consultPhone);
        getters.put("supervisionPhone", Agency::supervisionPhone);
        getters.put("website", Agency::website);
        getters.put("functions", Agency::functions);
        getters.forEach((field, getter) -> fields.put(field, AuditTrail.plain(getter.apply(a))));
        return fields;
    }
}
