package org.disclosurehub.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.database.DataChanges;
import org.disclosurehub.graphql.InputErrors;
import org.disclosurehub.graphql.UserError;
import org.disclosurehub.penalty.DecisionInputs.CorrectPenaltyDecisionInput;
import org.disclosurehub.penalty.DecisionInputs.PublishPenaltyDecisionInput;
import org.disclosurehub.penalty.DecisionInputs.WithdrawPenaltyDecisionInput;
import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.DecisionRecords;
import org.disclosurehub.policy.DecisionStatus;
import org.disclosurehub.policy.PublicDecisions;
import org.disclosurehub.policy.PublicationWriter;
import org.disclosurehub.policy.WithdrawalNotices;
import org.disclosurehub.security.AuditTrail;
import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes, corrects and withdraws penalty decisions for agencies' systems. Everything public
 * follows through {@link PublicationWriter} (the masked public row, withdrawal notices, the change
 * feed) in the same transaction, which locks the decision's row; the audit trail keeps what each
 * write changed, before and after. Corrections are optimistically locked: they name the version
 * they were made against, and one made against an older version writes nothing (CONFLICT).
 */
@Service
class DecisionWrites {

    private static final String ENTITY = "penalty_decision";

    private final DecisionRecords records;
    private final PublicationWriter writer;
    private final DecisionRules rules;
    private final PublicDecisions publicDecisions;
    private final WithdrawalNotices notices;
    private final AgencyRepository agencies;
    private final WriteAccess access;
    private final AuditTrail audit;
    private final DataChanges changes;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DecisionWrites(DecisionRecords records, PublicationWriter writer, DecisionRules rules, PublicDecisions publicDecisions,
            WithdrawalNotices notices, AgencyRepository agencies, WriteAccess access, AuditTrail audit, DataChanges changes,
            TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.writer = writer;
        this.rules = rules;
        this.publicDecisions = publicDecisions;
        this.notices = notices;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    DecisionPayload publish(PublishPenaltyDecisionInput in) {
        access.require(Role.PUBLISHER, in.agencyCode());
        Decision d = in.toDecision();
        List<UserError> errors = rules.check(d);
        if (!errors.isEmpty()) {
            return DecisionPayload.refused(in.decisionNo(), null, errors);
        }
        UserError exists = UserError.conflict("decisionNo", "a decision with this number exists already; change it with"
                + " correctPenaltyDecision");
        try {
            Optional<UserError> refused = transactions.execute(status -> {
                if (records.lock(d.decisionNo()).isPresent()) {
                    return Optional.of(exists);
                }
                store(d);
                audit.record("DECISION_PUBLISHED", ENTITY, d.decisionNo(), d.agencyCode(), Map.of(), fields(d));
                changes.announce(ENTITY);
                return Optional.empty();
            });
            return refused.isPresent() ? DecisionPayload.refused(d.decisionNo(), version(d), List.of(refused.get()))
                    : answer(d.decisionNo());
        } catch (PessimisticLockingFailureException e) {
            // published at the same moment by another request, which won
            return DecisionPayload.refused(d.decisionNo(), version(d), List.of(exists));
        }
    }

    DecisionPayload correct(CorrectPenaltyDecisionInput in) {
        access.require(Role.PUBLISHER, null);
        return change(in.decisionNo(), in.expectedVersion(), "DECISION_CORRECTED", stored -> {
            InputErrors errors = new InputErrors();
            errors.notAfterToday("correctedOn", in.correctedOn(), today());
            errors.required("reason", in.reason(), 1000);
            if (stored.status() == DecisionStatus.REVOKED) {
                errors.badInput("decisionNo", "the decision was withdrawn: a withdrawn decision is not corrected");
            }
            return new Change(in.applyTo(stored), errors);
        });
    }

    DecisionPayload withdraw(WithdrawPenaltyDecisionInput in) {
        access.require(Role.PUBLISHER, null);
        return change(in.decisionNo(), in.expectedVersion(), "DECISION_WITHDRAWN", stored -> {
            InputErrors errors = new InputErrors();
            errors.notAfterToday("withdrawnOn", in.withdrawnOn(), today());
            errors.required("reason", in.reason(), 1000);
            if (stored.status() == DecisionStatus.REVOKED) {
                errors.badInput("decisionNo", "the decision was withdrawn already");
            }
            return new Change(in.applyTo(stored), errors);
        });
    }

    /** A stored decision as a write would leave it, and what is wrong with the write. */
    private record Change(Decision after, InputErrors errors) {
    }

    private DecisionPayload change(String decisionNo, Integer expectedVersion, String action,
            java.util.function.Function<Decision, Change> edit) {
        DecisionPayload refused = transactions.execute(status -> {
            Optional<DecisionRecords.Versioned> stored = records.lock(decisionNo);
            if (stored.isEmpty()) {
                return DecisionPayload.refused(decisionNo, null, List.of(UserError.notFound("decisionNo",
                        "no decision with this number")));
            }
            Decision before = stored.get().decision();
            int version = stored.get().version();
            access.require(Role.PUBLISHER, before.agencyCode());
            if (expectedVersion != null && expectedVersion != version) {
                return DecisionPayload.refused(decisionNo, version, List.of(UserError.conflict("expectedVersion",
                        "the decision changed since version " + expectedVersion + ": it is at version " + version
                                + " now; start from what it holds now")));
            }
            Change change = edit.apply(before);
            List<UserError> errors = new ArrayList<>(change.errors().list());
            if (errors.isEmpty()) {
                errors.addAll(rules.check(change.after()));
            }
            if (!errors.isEmpty()) {
                return DecisionPayload.refused(decisionNo, version, errors);
            }
            if (store(change.after()) > 0) {
                audit.record(action, ENTITY, decisionNo, before.agencyCode(), fields(before), fields(change.after()));
                changes.announce(ENTITY);
            }
            return null;
        });
        return refused != null ? refused : answer(decisionNo);
    }

    /** @return 1 if the decision was new or changed, 0 if it was stored exactly so already */
    private int store(Decision d) {
        String district = agencies.find(d.agencyCode()).orElseThrow().district();
        return writer.write(List.of(d), Map.of(d.agencyCode(), district), false);
    }

    /** The decision as the public sees it now that the write has committed. */
    private DecisionPayload answer(String decisionNo) {
        LocalDate today = today();
        return new DecisionPayload(decisionNo, records.version(decisionNo).orElse(null),
                publicDecisions.find(decisionNo, today).orElse(null), notices.find(decisionNo, today).orElse(null),
                List.of());
    }

    private Integer version(Decision d) {
        return records.version(d.decisionNo()).orElse(null);
    }

    private LocalDate today() {
        return LegalTime.today(clock);
    }

    /**
     * A decision's fields as the audit trail keeps them: amounts, dates, kinds, codes and the
     * officers' credential numbers (public) in clear; the party, the facts, passages to redact and
     * free-text reasons, which name people, only as hashes.
     */
    static Map<String, Object> fields(Decision d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("agencyCode", AuditTrail.plain(d.agencyCode()));
        f.put("powerCode", AuditTrail.plain(d.powerCode()));
        f.put("partyType", AuditTrail.plain(d.partyType()));
        f.put("partyName", d.partyName());
        f.put("partyCreditCode", d.partyCreditCode());
        f.put("partyIdNo", d.partyIdNo());
        f.put("legalRepresentative", d.legalRepresentative());
        f.put("violationFacts", d.violationFacts());
        f.put("legalBasis", AuditTrail.plain(d.legalBasis()));
        f.put("penaltyTypes", AuditTrail.plain(d.penaltyTypes()));
        f.put("fineAmount", AuditTrail.plain(d.fineAmount()));
        f.put("confiscationAmount", AuditTrail.plain(d.confiscationAmount()));
        f.put("decisionDate", AuditTrail.plain(d.decisionDate()));
        f.put("procedure", AuditTrail.plain(d.procedure()));
        f.put("officerCredentials", AuditTrail.plain(d.officerCredentials()));
        f.put("severity", AuditTrail.plain(d.severity()));
        f.put("exemption", AuditTrail.plain(d.exemption()));
        f.put("status", AuditTrail.plain(d.status()));
        f.put("statusChangedOn", AuditTrail.plain(d.statusChangedOn()));
        f.put("statusReason", d.statusReason());
        f.put("redactedPassages", d.redactedPassages());
        f.put("major", AuditTrail.plain(d.major()));
        f.put("legalReviewDate", AuditTrail.plain(d.legalReviewDate()));
        f.put("publishedOn", AuditTrail.plain(d.publishedOn()));
        return f;
    }
}
