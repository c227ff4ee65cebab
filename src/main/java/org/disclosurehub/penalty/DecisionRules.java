package org.disclosurehub.penalty;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyKind;
import org.disclosurehub.agency.AgencyRepository;
import org.disclosurehub.graphql.InputErrors;
import org.disclosurehub.graphql.UserError;
import org.disclosurehub.ingest.ResidentId;
import org.disclosurehub.ingest.Uscc;
import org.disclosurehub.officer.Officer;
import org.disclosurehub.officer.OfficerRepository;
import org.disclosurehub.officer.StaffRole;
import org.disclosurehub.policy.Decision;
import org.disclosurehub.policy.PartyType;
import org.disclosurehub.policy.PenaltyType;
import org.disclosurehub.policy.ProcedureKind;
import org.disclosurehub.power.PowerRepository;
import org.springframework.stereotype.Component;

/**
 * The checks a decision written through the API must pass: the same as a row of
 * penalty_decisions.csv gets on import (DATASET.md), on the decision as it would be stored. A
 * credit code for every party but a natural person, whose ID number must pass its check
 * character; a deciding agency that is not an enforcement team; an existing powers-list item; at
 * least two handling OFFICERs of the agency or its teams (行政处罚法 art. 42); redacted passages
 * that occur in the facts; legal review before a major decision. Messages quote no personal data.
 */
@Component
class DecisionRules {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

    private final AgencyRepository agencies;
    private final PowerRepository powers;
    private final OfficerRepository officers;

    DecisionRules(AgencyRepository agencies, PowerRepository powers, OfficerRepository officers) {
        this.agencies = agencies;
        this.powers = powers;
        this.officers = officers;
    }

    /** Every problem of the decision, none if it may be stored. */
    List<UserError> check(Decision d) {
        InputErrors errors = new InputErrors();
        errors.required("decisionNo", d.decisionNo(), 100);
        errors.required("powerCode", d.powerCode(), 64);
        errors.required("partyName", d.partyName(), 200);
        errors.required("violationFacts", d.violationFacts(), 20_000);
        errors.text("legalBasis", d.legalBasis(), 20_000);
        errors.text("legalRepresentative", d.legalRepresentative(), 100);
        errors.text("reason", d.statusReason(), 1000);
        required(errors, "partyType", d.partyType());
        required(errors, "decisionDate", d.decisionDate());
        required(errors, "procedure", d.procedure());
        required(errors, "severity", d.severity());
        required(errors, "exemption", d.exemption());
        if (d.penaltyTypes().isEmpty()) {
            errors.badInput("penaltyTypes", "is required: at least one kind of penalty");
        }
        amount(errors, "fineAmount", d.fineAmount(), d.penaltyTypes().contains(PenaltyType.FINE));
        amount(errors, "confiscationAmount", d.confiscationAmount(), false);
        party(errors, d);
        agencyAndPower(errors, d);
        handlers(errors, d);
        for (int i = 0; i < d.redactedPassages().size(); i++) {
            String passage = d.redactedPassages().get(i);
            if (passage.isEmpty() || d.violationFacts() == null || !d.violationFacts().contains(passage)) {
                errors.badInput("redactedPassages", "passage " + (i + 1) + " does not occur in violationFacts");
            }
        }
        dates(errors, d);
        return errors.list();
    }

    private static void party(InputErrors errors, Decision d) {
        if (d.partyType() == null) {
            return;
        }
        if (d.partyCreditCode() != null && !Uscc.valid(d.partyCreditCode())) {
            errors.badInput("partyCreditCode", "is not a valid unified social credit code (18 characters, GB 32100-2015)");
        } else if (d.partyCreditCode() == null && d.partyType() != PartyType.NATURAL_PERSON) {
            errors.badInput("partyCreditCode", "is required unless the party is a NATURAL_PERSON");
        }
        if (d.partyType() == PartyType.NATURAL_PERSON) {
            if (d.partyIdNo() == null) {
                errors.badInput("partyIdNo", "is required for a NATURAL_PERSON (a resident ID number)");
            } else if (!ResidentId.valid(d.partyIdNo())) {
                errors.badInput("partyIdNo", "is not a valid resident ID number (18 characters with the GB 11643 check character)");
            }
        } else if (d.partyIdNo() != null) {
            errors.badInput("partyIdNo", "must be empty: only a natural person's ID number is recorded");
        }
        if (d.partyType() == PartyType.INDIVIDUAL_BUSINESS && d.legalRepresentative() == null) {
            errors.badInput("legalRepresentative", "is required for an INDIVIDUAL_BUSINESS: its operator (经营者)");
        }
    }

    private void agencyAndPower(InputErrors errors, Decision d) {
        Optional<Agency> agency = d.agencyCode() == null ? Optional.empty() : agencies.find(d.agencyCode());
        if (agency.isEmpty()) {
            errors.add(UserError.notFound("agencyCode", "no agency with this code"));
        } else if (agency.get().kind() == AgencyKind.ENFORCEMENT_TEAM) {
            errors.badInput("agencyCode", "an ENFORCEMENT_TEAM decides nothing in its own name: give the street office"
                    + " or township it acts for");
        }
        if (d.powerCode() != null && powers.find(d.powerCode()).isEmpty()) {
            errors.add(UserError.notFound("powerCode", "no powers-list item with this code"));
        }
    }

    /**
     * At least two different OFFICERs of the deciding agency or of its enforcement teams; auxiliary
     * staff, officers of other agencies and a credential listed twice do not count.
     */
    private void handlers(InputErrors errors, Decision d) {
        Map<String, Officer> found = officers.findAll(d.officerCredentials());
        Set<String> qualified = new HashSet<>();
        for (String no : d.officerCredentials()) {
            Officer officer = found.get(no);
            if (officer == null) {
                errors.add(UserError.notFound("officerCredentials", "no officer with credential number " + no));
            } else if (officer.role() != StaffRole.OFFICER) {
                errors.badInput("officerCredentials", no + " is an auxiliary staff work card: auxiliary staff may not"
                        + " handle a case");
            } else if (d.agencyCode() != null && worksFor(officer.agencyCode(), d.agencyCode())) {
                qualified.add(no);
            } else {
                errors.badInput("officerCredentials", no + " is not an officer of the deciding agency or of its"
                        + " enforcement teams");
            }
        }
        if (qualified.size() < 2) {
            errors.badInput("officerCredentials", "at least two enforcement officers must handle a case (行政处罚法 art. 42)");
        }
    }

    private boolean worksFor(String officerAgency, String decidingAgency) {
        if (officerAgency.equals(decidingAgency)) {
            return true;
        }
        return agencies.find(officerAgency)
                .filter(a -> a.kind() == AgencyKind.ENFORCEMENT_TEAM && Objects.equals(a.parentCode(), decidingAgency))
                .isPresent();
    }

    private static void dates(InputErrors errors, Decision d) {
        if (d.decisionDate() == null) {
            return;
        }
        if (d.statusChangedOn() != null && d.statusChangedOn().isBefore(d.decisionDate())) {
            errors.badInput("decisionDate", "is after the day of the correction or withdrawal (" + d.statusChangedOn() + ")");
        }
        if (d.major() && d.procedure() == ProcedureKind.SIMPLE) {
            errors.badInput("major", "a major decision cannot be made under the SIMPLE procedure");
        }
        if (d.major() && d.legalReviewDate() == null) {
            errors.badInput("legalReviewDate", "is required for a major decision (法制审核)");
        }
        if (d.legalReviewDate() != null && !d.legalReviewDate().isBefore(d.decisionDate())) {
            errors.badInput("legalReviewDate", "must be before decisionDate: the review precedes the decision");
        }
        if (d.publishedOn() != null && d.publishedOn().isBefore(d.decisionDate())) {
            errors.badInput("publishedOn", "is before decisionDate");
        }
    }

    private static void amount(InputErrors errors, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            if (required) {
                errors.badInput(field, "is required (yuan, at most 2 decimals)");
            }
            return;
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) >= 0) {
            errors.badInput(field, "is not an amount in yuan with at most 2 decimals (e.g. 1500.00)");
        }
    }

    private static void required(InputErrors errors, String field, Object value) {
        if (value == null) {
            errors.badInput(field, "is required");
        }
    }
}
