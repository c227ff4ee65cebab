package org.disclosurehub.power;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.InputErrors;
import org.disclosurehub.graphql.UserError;
import org.disclosurehub.power.PowerInputs.AddPowerInput;
import org.disclosurehub.power.PowerInputs.AdjustPowerInput;
import org.disclosurehub.power.PowerInputs.RepealPowerInput;
import org.disclosurehub.power.PowerInputs.TransferPowerInput;
import org.disclosurehub.security.AuditTrail;
import org.disclosurehub.security.Caller;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds, adjusts, transfers and repeals powers-list items for agencies' systems. Each write locks
 * the item, checks that the caller's credential covers the agency that holds it, records the
 * change in the item's history dated the day it took effect (through {@link PowerHistoryWriter}),
 * audits it, and announces it once committed. Rules and lengths are those of powers.csv.
 */
@Service
class PowerWrites {

    private final PowerRepository powers;
    private final PowerHistoryWriter history;
    private final AgencyRepository agencies;
    private final WriteAccess access;
    private final AuditTrail audit;
    private final DataChanges changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PowerWrites(PowerRepository powers, PowerHistoryWriter history, AgencyRepository agencies, WriteAccess access,
            AuditTrail audit, DataChanges changes, TransactionTemplate transactions, Clock clock) {
        this.powers = powers;
        this.history = history;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    PowerPayload add(AddPowerInput in) {
        Caller caller = access.require(Role.PUBLISHER, in.agencyCode());
        InputErrors errors = new InputErrors();
        String code = errors.required("code", in.code(), 64);
        Power power = new Power(code, in.agencyCode(), errors.required("name", in.name(), 500), in.category(),
                errors.text("legalBasis", in.legalBasis(), 20_000), errors.text("responsibility", in.responsibility(), 20_000),
                Boolean.TRUE.equals(in.randomInspection()),
                errors.text("discretionStandard", in.discretionStandard(), 20_000), PowerStatus.ACTIVE, in.effectiveFrom(),
                null);
        checkHolder(errors, "agencyCode", in.agencyCode());
        if (!errors.ok()) {
            return PowerPayload.refused(errors.list());
        }
        UserError exists = UserError.conflict("code", "a powers-list item with this code exists already;"
                + " change it with adjustPower");
        try {
            return transactions.execute(status -> powers.lock(code).isPresent() ? PowerPayload.refused(exists)
                    : write(caller, null, power, in.effectiveFrom(), "POWER_ADDED"));
        } catch (PessimisticLockingFailureException e) {
            // the same code added at the same moment by another request, which won
            return PowerPayload.refused(exists);
        }
    }

    PowerPayload adjust(AdjustPowerInput in) {
        Caller caller = access.require(Role.PUBLISHER, null);
        return onLocked(in.code(), p -> {
            InputErrors errors = new InputErrors();
            errors.notAfterToday("effectiveOn", in.effectiveOn(), today());
            if (p.status() == PowerStatus.REPEALED) {
                errors.badInput("code", "the item is repealed: a repealed item is not adjusted");
            }
            Power adjusted = new Power(p.code(), p.agencyCode(),
                    in.name().isOmitted() ? p.name() : errors.required("name", in.name().value(), 500),
                    in.category().isOmitted() ? p.category() : required(errors, "category", in.category().value()),
                    text(errors, "legalBasis", in.legalBasis(), p.legalBasis()),
                    text(errors, "responsibility", in.responsibility(), p.responsibility()),
                    in.randomInspection().isOmitted() ? p.randomInspection() : Boolean.TRUE.equals(in.randomInspection().value()),
                    text(errors, "discretionStandard", in.discretionStandard(), p.discretionStandard()),
                    p.status(), p.effectiveFrom(), p.effectiveTo());
            if (!errors.ok()) {
                return PowerPayload.refused(errors.list());
            }
            return write(caller, p, adjusted, in.effectiveOn(), "POWER_ADJUSTED");
        });
    }

    PowerPayload transfer(TransferPowerInput in) {
        Caller caller = access.require(Role.PUBLISHER, null);
        return onLocked(in.code(), p -> {
            InputErrors errors = new InputErrors();
            errors.notAfterToday("effectiveOn", in.effectiveOn(), today());
            checkHolder(errors, "toAgencyCode", in.toAgencyCode());
            if (in.toAgencyCode().equals(p.agencyCode())) {
                errors.badInput("toAgencyCode", "the item is held by this agency already");
            }
            if (p.status() == PowerStatus.REPEALED) {
                errors.badInput("code", "the item is repealed: a repealed item is not transferred");
            }
            if (!errors.ok()) {
                return PowerPayload.refused(errors.list());
            }
            Power moved = new Power(p.code(), in.toAgencyCode(), p.name(), p.category(), p.legalBasis(), p.responsibility(),
                    p.randomInspection(), p.discretionStandard(), p.status(), p.effectiveFrom(), p.effectiveTo());
            return write(caller, p, moved, in.effectiveOn(), "POWER_TRANSFERRED");
        });
    }

    PowerPayload repeal(RepealPowerInput in) {
        Caller caller = access.require(Role.PUBLISHER, null);
        return onLocked(in.code(), p -> {
            InputErrors errors = new InputErrors();
            LocalDate on = errors.notAfterToday("effectiveOn", in.effectiveOn(), today());
            if (p.status() == PowerStatus.REPEALED) {
                errors.badInput("code", "the item was repealed already");
            }
            if (on != null && p.effectiveFrom() != null && on.isBefore(p.effectiveFrom())) {
                errors.badInput("effectiveOn", "is before the item took effect (" + p.effectiveFrom() + ")");
            }
            if (!errors.ok()) {
                return PowerPayload.refused(errors.list());
            }
            Power repealed = new Power(p.code(), p.agencyCode(), p.name(), p.category(), p.legalBasis(), p.responsibility(),
                    p.randomInspection(), p.discretionStandard(), PowerStatus.REPEALED, p.effectiveFrom(), on);
            return write(caller, p, repealed, on, "POWER_REPEALED");
        });
    }

    private PowerPayload write(Caller caller, Power before, Power after, LocalDate effectiveOn, String action) {
        List<PowerChange> recorded = history.write(before, after, "api:" + caller.tokenId(), effectiveOn);
        if (!recorded.isEmpty() || !after.equals(before)) {
            Map<String, Object> was = before == null ? Map.of() : fields(before);
            Map<String, Object> now = new LinkedHashMap<>(fields(after));
            now.put("effectiveOn", AuditTrail.plain(effectiveOn));
            audit.record(action, "power", after.code(), before == null ? after.agencyCode() : before.agencyCode(), was, now);
            changes.announce("power");
        }
        return new PowerPayload(powers.find(after.code()).orElseThrow(), List.of());
    }

    /** An agency that may hold powers: on file, and not an enforcement team (which acts in its street office's name). */
    private void checkHolder(InputErrors errors, String field, String agencyCode) {
        Optional<Agency> agency = agencies.find(agencyCode);
        if (agency.isEmpty()) {
            errors.add(UserError.notFound(field, "no agency with this code"));
        } else if (agency.get().kind() == AgencyKind.ENFORCEMENT_TEAM) {
            errors.badInput(field, "an ENFORCEMENT_TEAM holds no powers of its own: use its street office or township");
        }
    }

    /** Runs a change of a stored item in one transaction, the item locked and within the caller's scope. */
    private PowerPayload onLocked(String code, Function<Power, PowerPayload> change) {
        return transactions.execute(status -> {
            Optional<Power> stored = powers.lock(code);
            if (stored.isEmpty()) {
                return notFound();
            }
            access.require(Role.PUBLISHER, stored.get().agencyCode());
            return change.apply(stored.get());
        });
    }

    private static PowerPayload notFound() {
        return PowerPayload.refused(UserError.notFound("code", "no powers-list item with this code"));
    }

    private static <T> T required(InputErrors errors, String field, T value) {
        if (value == null) {
            errors.badInput(field, "cannot be cleared");
        }
        return value;
    }

    private static String text(InputErrors errors, String field, ArgumentValue<String> value, String stored) {
        return value.isOmitted() ? stored : errors.text(field, value.value(), 20_000);
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    /** A powers-list item is public: the trail keeps its fields in clear. */
    private static Map<String, Object> fields(Power p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("agencyCode", AuditTrail.plain(p.agencyCode()));
        f.put("name", AuditTrail.plain(p.name()));
        f.put("category", AuditTrail.plain(p.category()));
        f.put("legalBasis", AuditTrail.plain(p.legalBasis()));
        f.put("responsibility", AuditTrail.plain(p.responsibility()));
        f.put("randomInspection", AuditTrail.plain(p.randomInspection()));
        f.put("discretionStandard", AuditTrail.plain(p.discretionStandard()));
        f.put("status", AuditTrail.plain(p.status()));
        f.put("effectiveFrom", AuditTrail.plain(p.effectiveFrom()));
        f.put("effectiveTo", AuditTrail.plain(p.effectiveTo()));
        return f;
    }
}
