package org.disclosurehub.request;

/** Kinds of review of an application's handling: the rows of the annual report's section 四. */
public enum ReviewKind {
    /** 行政复议 */
    RECONSIDERATION("行政复议"),
    /** 未经复议直接起诉 */
    LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
    /** 复议后起诉 */
    LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
