package org.disclosurehub.policy;

/**
 * Why a decision is not shown, in the categories public statistics report. Exemptions are
 * grouped into one category: reporting, say, how many decisions concern a serial investigation
 * would itself tell something the exemption protects.
 */
public enum WithheldReason {
    /** 依法不予公示 (公示办法 art. 8: minors, secrets, security, investigations, police, law). */
    EXEMPT,
    /** Simple-procedure decisions are not published by default. */
    SIMPLE_PROCEDURE,
    /** Warning-only decisions are not published by default. */
    WARNING_ONLY,
    /** Minor decisions are not published by default. */
    MINOR,
    /** Revoked, confirmed unlawful or void. */
    REVOKED,
    /** Its publication period has ended. */
    EXPIRED
}
