package org.disclosurehub.request.deadline;

/** Where an application stands, derived from its events. */
public enum ApplicationStatus {
    /** 已提交，待确认收到: submitted, receipt not yet confirmed (art. 31). */
    SUBMITTED,
    /** 办理中: the answer clock runs. */
    IN_PROGRESS,
    /** 待补正: the clock waits for the applicant's correction (art. 30). */
    AWAITING_CORRECTION,
    /** 征求意见中: a third party or another agency is consulted; the time is not counted (art. 32–34). */
    IN_CONSULTATION,
    /** 待缴费: the clock waits for the processing fee (art. 42). */
    AWAITING_FEE,
    /** 已答复 */
    ANSWERED,
    /** 已撤回 */
    WITHDRAWN,
    /** 视为放弃: no correction or no payment by the deadline; the agency no longer processes it. */
    LAPSED
}
