package org.disclosurehub.request;

/** Results of a reconsideration or a lawsuit: the columns of the annual report's section 四. */
public enum ReviewResult {
    /** 结果维持 */
    REVIEW_UPHELD,
    /** 结果纠正 */
    REVIEW_CORRECTED,
    /** 其他结果 */
    REVIEW_OTHER
}
