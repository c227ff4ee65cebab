package org.disclosurehub.policy;

import java.time.LocalDate;

/** The notice a revoked, once-published decision leaves (行政处罚法 art. 48). It names no party. */
public record WithdrawalNotice(String decisionNo, String agencyCode, LocalDate withdrawnOn, String reason) {
}
