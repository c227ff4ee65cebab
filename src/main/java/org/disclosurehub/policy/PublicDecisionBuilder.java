package org.disclosurehub.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the public form of a publishable decision. The ID number is not copied; in every text
 * that is shown (the facts, the legal basis, the reason of a correction) redacted passages are
 * replaced first (some quote a reporter's name with a phone number), then the party's ID number
 * wherever the agency quoted it, then every occurrence of a natural person's name — the party's,
 * or an individual business's operator's — is masked. Legal persons' and organisations' names,
 * credit codes and representatives are public by law and stay as they are.
 */
public final class PublicDecisionBuilder {

    public static final String REDACTED = "[已屏蔽]";
    static final String DEFAULT_NOTICE_REASON = "该行政处罚决定已被撤销";
    static final int REASON_LENGTH = 1000;

    private PublicDecisionBuilder() {
    }

    public static PublicDecision build(Decision d, String district, LocalDate visibleUntil) {
        String partyName = d.partyName();
        String representative = d.legalRepresentative();
        if (d.partyType() == PartyType.NATURAL_PERSON) {
            partyName = NameMasker.mask(d.partyName());
            representative = NameMasker.mask(representative);
        } else if (d.partyType() == PartyType.INDIVIDUAL_BUSINESS) {
            representative = NameMasker.mask(representative);
        }
        boolean changed = d.status() == DecisionStatus.CHANGED;
        return new PublicDecision(d.decisionNo(), d.agencyCode(), district, d.powerCode(), d.partyType(), partyName,
                d.partyType() == PartyType.NATURAL_PERSON ? null : d.partyCreditCode(), representative,
                publicText(d, d.violationFacts()), publicText(d, d.legalBasis()), d.penaltyTypes(), d.fineAmount(),
                d.confiscationAmount(), d.decisionDate(), visibleUntil, d.status(),
                changed ? d.statusChangedOn() : null, changed ? fit(publicText(d, d.statusReason())) : null,
                d.major(), d.legalReviewDate(), d.publishedOn());
    }

    /**
     * The reason a withdrawal notice states. A notice never shows the party (行政处罚法 art. 48
     * requires the decision number, the agency and the reason only), so the party's name, credit
     * code, ID number and representative are removed from the reason, whatever kind of party it is,
     * and redacted passages are replaced as everywhere.
     */
    public static String noticeReason(Decision d) {
        if (d.statusReason() == null || d.statusReason().isBlank()) {
            return DEFAULT_NOTICE_REASON;
        }
        String reason = redact(d, d.statusReason());
        List<String> identifying = new ArrayList<>();
        for (String s : new String[] {d.partyName(), d.partyCreditCode(), d.partyIdNo(), d.legalRepresentative()}) {
            if (s != null && !s.isBlank()) {
                identifying.add(s.strip());
            }
        }
        identifying.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : identifying) {
            reason = reason.replace(s, REDACTED);
        }
        return fit(reason);
    }

    /** Reasons are stored in 1000 characters; a replacement longer than what it replaces may need a cut. */
    static String fit(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= REASON_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, REASON_LENGTH - 1)) + "…";
    }

    /** A text of the decision as shown: passages redacted, the ID number removed, personal names masked. */
    static String publicText(Decision d, String text) {
        if (text == null) {
            return null;
        }
        String shown = redact(d, text);
        if (d.partyIdNo() != null && !d.partyIdNo().isBlank()) {
            shown = shown.replace(d.partyIdNo().strip(), REDACTED);
        }
        for (String name : personalNames(d)) {
            shown = shown.replace(name, NameMasker.mask(name));
        }
        return shown;
    }

    /** The natural persons whose names the texts must not show, longest first. */
    static List<String> personalNames(Decision d) {
        List<String> names = new ArrayList<>();
        if (d.partyType() == PartyType.NATURAL_PERSON) {
            names.add(d.partyName());
            names.add(d.legalRepresentative());
        } else if (d.partyType() == PartyType.INDIVIDUAL_BUSINESS) {
            names.add(d.legalRepresentative());
        }
        names.removeIf(n -> n == null || n.isBlank());
        names.replaceAll(String::strip);
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    static String redact(Decision d, String text) {
        String shown = text;
        for (String passage : d.redactedPassages()) {
            if (!passage.isEmpty()) {
                shown = shown.replace(passage, REDACTED);
            }
        }
        return shown;
    }
}
