package org.disclosurehub.policy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The disclosure policy: whether, and until when, a penalty decision may be shown.
 *
 * <p>This is the rule's Java form. Its SQL form is {@link PublicDecisions#VISIBLE}: the policy
 * writes each publishable decision into public_decision with the end of its window, and the
 * query keeps the rows whose window contains today. {@code DisclosurePolicyEquivalenceTest}
 * holds the two to the same answers.
 *
 * <ul>
 * <li>Never shown: any exemption (公示办法 art. 8).</li>
 * <li>Not shown unless switched on: simple procedure, warning only, MINOR severity.</li>
 * <li>Shown from the decision date until the same calendar day after the period for its severity
 * (1 year GENERAL, 3 years SERIOUS, at most 3 months MINOR); {@link LocalDate#plusYears} clamps
 * 29 February to 28 February.</li>
 * <li>Revoked decisions are not shown; one that had been shown leaves a withdrawal notice.</li>
 * </ul>
 */
@Component
public class DisclosurePolicy {

    private final String version;
    private final PublicationRules defaults;
    private final Map<String, PublicationRules> byAgency = new HashMap<>();
    private final String fingerprint;

    public DisclosurePolicy(PolicyProperties properties) {
        this.version = properties.version();
        this.defaults = PublicationRules.DEFAULTS.with(properties.defaults());
        properties.agencies().forEach((code, o) -> byAgency.put(code, defaults.with(o)));
        this.fingerprint = version + ":" + PublicationWriter.hash(defaults + ";" + new TreeMap<>(byAgency));
    }

    public String version() {
        return version;
    }

    /** Identifies version and settings: the public tables are rebuilt when it changes. */
    public String fingerprint() {
        return fingerprint;
    }

    public PublicationRules rulesFor(String agencyCode) {
        return byAgency.getOrDefault(agencyCode, defaults);
    }

    /**
     * What the policy makes of a decision regardless of the day: why it is withheld, or the end
     * of its publication window. Revocation is judged last, so that a revoked decision's window
     * still tells whether it had been public.
     */
    public Verdict judge(Decision d) {
        PublicationRules rules = rulesFor(d.agencyCode());
        WithheldReason reason = null;
        if (d.exemption() != Exemption.NONE) {
            reason = WithheldReason.EXEMPT;
        } else if (d.procedure() == ProcedureKind.SIMPLE && !rules.publishSimpleProcedure()) {
            reason = WithheldReason.SIMPLE_PROCEDURE;
        } else if (d.warningOnly() && !rules.publishWarningOnly()) {
            reason = WithheldReason.WARNING_ONLY;
        } else if (d.severity() == Severity.MINOR && !rules.publishMinor()) {
            reason = WithheldReason.MINOR;
        }
        if (reason != null) {
            return new Verdict(reason, null, false);
        }
        LocalDate until = d.decisionDate().plus(rules.periodFor(d.severity()));
        if (d.status() == DecisionStatus.REVOKED) {
            LocalDate withdrawn = d.statusChangedOn();
            boolean hadBeenPublic = withdrawn != null && d.decisionDate().isBefore(withdrawn) && withdrawn.isBefore(until);
            return new Verdict(WithheldReason.REVOKED, until, hadBeenPublic);
        }
        return new Verdict(null, until, false);
    }

    /** The Java twin of the SQL visibility rule: is the decision shown on {@code day}? */
    public boolean visibleOn(Decision d, LocalDate day) {
        Verdict v = judge(d);
        return v.publishable() && !day.isBefore(d.decisionDate()) && day.isBefore(v.visibleUntil());
    }

    /**
     * @param reason          why it is withheld whatever the day, or null if it is publishable
     * @param visibleUntil    first day it is no longer shown (null if it never may be)
     * @param withdrawalNotice whether a revoked decision had been public and so leaves a notice
     */
    public record Verdict(WithheldReason reason, LocalDate visibleUntil, boolean withdrawalNotice) {

        public boolean publishable() {
            return reason == null;
        }
    }
}
