package org.disclosurehub.policy;

import java.time.LocalDate;

/**
 * Builds the public form of a publishable decision. The ID number is not copied; redacted
 * passages are replaced first (some quote a reporter's name with a phone number), then every
 * occurrence of a natural person's name — the party's, or an individual business's operator's —
 * is masked wherever it appears. Legal persons' and organisations' names, credit codes and
 * representatives are public by law and stay as they are.
 */
public final class PublicDecisionBuilder {

    public static final String REDACTED = "[已屏蔽]";

    private PublicDecisionBuilder() {
    }

    public static PublicDecision build(Decision d, String district, LocalDate visibleUntil) {
        String personalName = personalName(d);
        String facts = redact(d);
        String partyName = d.partyName();
        String representative = d.legalRepresentative();
        if (d.partyType() == PartyType.NATURAL_PERSON) {
            partyName = NameMasker.mask(d.partyName());
            representative = NameMasker.mask(representative);
        } else if (d.partyType() == PartyType.INDIVIDUAL_BUSINESS) {
            representative = NameMasker.mask(representative);
        }
        if (personalName != null && !personalName.isBlank()) {
            facts = facts.replace(personalName, NameMasker.mask(personalName));
        }
        if (d.partyType() == PartyType.NATURAL_PERSON && d.legalRepresentative() != null
                && !d.legalRepresentative().isBlank()) {
            facts = facts.replace(d.legalRepresentative(), NameMasker.mask(d.legalRepresentative()));
        }
        boolean changed = d.status() == DecisionStatus.CHANGED;
        return new PublicDecision(d.decisionNo(), d.agencyCode(), district, d.powerCode(), d.partyType(), partyName,
                d.partyType() == PartyType.NATURAL_PERSON ? null : d.partyCreditCode(), representative, facts,
                d.legalBasis(), d.penaltyTypes(), d.fineAmount(), d.confiscationAmount(), d.decisionDate(),
                visibleUntil, d.status(), changed ? d.statusChangedOn() : null, changed ? d.statusReason() : null,
                d.major(), d.legalReviewDate(), d.publishedOn());
    }

    /** The natural person whose name the text must not show, if any. */
    static String personalName(Decision d) {
        return switch (d.partyType()) {
            case NATURAL_PERSON -> d.partyName();
            case INDIVIDUAL_BUSINESS -> d.legalRepresentative();
            default -> null;
        };
    }

    static String redact(Decision d) {
        String facts = d.violationFacts();
        for (String passage : d.redactedPassages()) {
            if (!passage.isEmpty()) {
                facts = facts.replace(passage, REDACTED);
            }
        }
        return facts;
    }
}
