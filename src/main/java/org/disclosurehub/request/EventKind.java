package org.disclosurehub.request;

/**
 * Steps in the life of an application (request_events.csv). Declared in the order in which two
 * steps recorded at the same instant are applied.
 */
public enum EventKind {
    /** The legal receipt (art. 31). */
    RECEIVED,
    /** 补正通知 (art. 30); detail: the answer-by date, then optionally the items to correct. */
    CORRECTION_REQUESTED,
    /** The correction arrived: the clock restarts. */
    CORRECTED,
    /** 征求第三方意见 (art. 32). */
    THIRD_PARTY_CONSULTED,
    /** The third party's reply. */
    THIRD_PARTY_REPLIED,
    /** 征求其他机关意见 (art. 34). */
    AGENCY_CONSULTED,
    /** The other agency's reply. */
    AGENCY_REPLIED,
    /** 延期答复 (art. 33); detail: the reason (and "延长N个工作日"). */
    EXTENDED,
    /** 延迟答复 (art. 35); detail: the new due date, then optionally the reason. */
    DELAY_NOTIFIED,
    /** 收费通知 (art. 42). */
    FEE_NOTICE,
    /** 缴费. */
    FEE_PAID,
    /** 答复, with an outcome. */
    ANSWERED,
    /** 撤回申请. */
    WITHDRAWN,
    /** 行政复议 / 行政诉讼 filed; detail: the kind of review. */
    REVIEW_FILED,
    /** Reconsideration or litigation decided; outcome: the result. */
    REVIEW_DECIDED
}
