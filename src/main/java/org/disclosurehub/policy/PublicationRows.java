package org.disclosurehub.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one decision writes, as the policy judges it on a day: the row of penalty_decision,
 * and what the public sees of it (its public row with handlers and name grams, a withdrawal
 * notice, the change-feed event). The one place both writers take their rows from, so the
 * per-decision {@link PublicationWriter} and the bulk {@link PublicationLoader} write the same.
 *
 * @param raw            the penalty_decision row, in {@link #RAW_COLUMNS} order
 * @param publicRow      the public form to keep in the public tables, or null: withheld, or its
 *                       window ended before the day it is written (no later day can show it)
 * @param officers       decision_officer rows (empty without a public row)
 * @param notice         the withdrawal_notice row, or null
 * @param event          the publication_event row, or null when what the public sees does not change
 * @param firstPublished when it was first shown, if it is shown from now on
 */
record PublicationRows(Object[] raw, PublicDecision publicRow, List<Object[]> officers, Object[] notice,
        Object[] event, LocalDateTime firstPublished) {

    static final List<String> RAW_COLUMNS = List.of("decision_no", "agency_code", "power_code", "party_type",
            "party_name", "party_credit_code", "party_id_no", "legal_representative", "violation_facts", "legal_basis",
            "penalty_types", "fine_amount", "confiscation_amount", "decision_date", "procedure_kind",
            "officer_credentials", "severity", "exemption", "status", "status_changed_on", "status_reason",
            "redacted_passages", "major", "legal_review_date", "published_on", "withheld_reason", "visible_until",
            "row_hash", "public_hash");
    static final List<String> PUBLIC_COLUMNS = List.of("decision_no", "agency_code", "district", "power_code",
            "party_type", "party_name", "party_credit_code", "legal_representative", "violation_facts", "legal_basis",
            "penalty_types", "fine_amount", "confiscation_amount", "decision_date", "visible_until", "status",
            "corrected_on", "correction_reason", "major", "legal_review_date", "published_on", "first_published_at");
    static final List<String> OFFICER_COLUMNS = List.of("decision_no", "position", "credential_no");
    static final List<String> GRAM_COLUMNS = List.of("gram", "visible_until", "decision_date", "decision_no");
    static final List<String> NOTICE_COLUMNS = List.of("decision_no", "agency_code", "withdrawn_on", "reason",
            "visible_until");
    static final List<String> EVENT_COLUMNS = List.of("at", "kind", "decision_no", "agency_code");

    /** The hash of what the public sees: {@code hash(pub + "|" + d.officerCredentials())}. */
    static String publicHash(PublicDecision pub, Decision d) {
        Sha256 sha = Sha256.get();
        pub.appendTo(sha.text()).append('|').append(d.officerCredentials());
        return sha.hex();
    }

    /**
     * @param before  what is stored of it, or null if it is new
     * @param rowHash the hash to store: of the decision as sent, or the stored one when judged again
     * @param now     the instant written, in UTC
     */
    static PublicationRows of(Decision d, String district, PublicationWriter.Stored before, String rowHash,
            DisclosurePolicy policy, LocalDate today, LocalDateTime now) {
        DisclosurePolicy.Verdict verdict = policy.judge(d);
        PublicDecision pub = verdict.publishable() ? PublicDecisionBuilder.build(d, district, verdict.visibleUntil()) : null;
        // the handling officers are shown with the decision: a change of them is a correction
        String publicHash = pub == null ? null : publicHash(pub, d);
        Object[] raw = rawRow(d, verdict, rowHash, publicHash);
        PublicDecision kept = null;
        List<Object[]> officers = List.of();
        if (pub != null && today.isBefore(pub.visibleUntil())) {
            kept = pub;
            officers = new ArrayList<>(d.officerCredentials().size());
            for (int i = 0; i < d.officerCredentials().size(); i++) {
                officers.add(new Object[] {d.decisionNo(), i, d.officerCredentials().get(i)});
            }
        }
        Object[] notice = verdict.withdrawalNotice() ? new Object[] {d.decisionNo(), d.agencyCode(), d.statusChangedOn(),
                PublicDecisionBuilder.noticeReason(d), verdict.visibleUntil()} : null;
        PublicationWriter.PublicState after = PublicationWriter.state(d, verdict, today);
        PublicationWriter.PublicState was = before == null ? PublicationWriter.PublicState.NONE : before.state();
        String kind = PublicationWriter.event(was, after, before == null ? null : before.publicHash(), publicHash);
        Object[] event = kind == null ? null : new Object[] {now, kind, d.decisionNo(), d.agencyCode()};
        LocalDateTime firstPublished = after == PublicationWriter.PublicState.VISIBLE
                && was != PublicationWriter.PublicState.VISIBLE ? now : null;
        return new PublicationRows(raw, kept, officers, notice, event, firstPublished);
    }

    private static Object[] rawRow(Decision d, DisclosurePolicy.Verdict v, String rowHash, String publicHash) {
        return new Object[] {d.decisionNo(), d.agencyCode(), d.powerCode(), d.partyType().name(), d.partyName(),
                d.partyCreditCode(), d.partyIdNo(), d.legalRepresentative(), d.violationFacts(), d.legalBasis(),
                PublicationWriter.join(d.penaltyTypes()), d.fineAmount(), d.confiscationAmount(), d.decisionDate(),
                d.procedure().name(), String.join("|", d.officerCredentials()), d.severity().name(), d.exemption().name(),
                d.status().name(), d.statusChangedOn(), d.statusReason(), d.redactedPassages().isEmpty() ? null
                        : String.join("|", d.redactedPassages()),
                d.major(), d.legalReviewDate(), d.publishedOn(), v.reason() == null ? null : v.reason().name(),
                v.visibleUntil(), rowHash, publicHash};
    }

    /** The public_decision row of a public form, in {@link #PUBLIC_COLUMNS} order. */
    static Object[] publicRow(PublicDecision p, LocalDateTime firstPublished) {
        return new Object[] {p.decisionNo(), p.agencyCode(), p.district(), p.powerCode(), p.partyType().name(),
                p.partyName(), p.partyCreditCode(), p.legalRepresentative(), p.violationFacts(), p.legalBasis(),
                PublicationWriter.join(p.penaltyTypes()), p.fineAmount(), p.confiscationAmount(), p.decisionDate(),
                p.visibleUntil(), p.status().name(), p.correctedOn(), p.correctionReason(), p.major(),
                p.legalReviewDate(), p.publishedOn(), firstPublished};
    }

    /** The public_decision_gram rows of a public form, in {@link #GRAM_COLUMNS} order. */
    static List<Object[]> gramRows(PublicDecision p) {
        List<Object[]> rows = new ArrayList<>();
        for (String gram : NameGrams.of(p.partyName())) {
            rows.add(new Object[] {gram, p.visibleUntil(), p.decisionDate(), p.decisionNo()});
        }
        return rows;
    }
}
