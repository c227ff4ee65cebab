package org.disclosurehub.penalty;

/** An officer who handled a published decision, with their credential's validity on the decision date. */
public record HandlingOfficer(String name, String credentialNo, boolean credentialValidOnDecisionDate, String agencyCode) {
}
