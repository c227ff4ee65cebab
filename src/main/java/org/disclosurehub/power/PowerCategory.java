package org.disclosurehub.power;

/** Kinds of power (职权类别). */
public enum PowerCategory {
    /** 行政处罚 */ PENALTY,
    /** 行政许可 */ LICENSING,
    /** 行政强制 */ COERCION,
    /** 行政检查 */ INSPECTION,
    /** 行政征收 */ LEVY,
    /** 行政给付 */ PAYMENT,
    /** 行政确认 */ CONFIRMATION,
    /** 行政奖励 */ REWARD,
    /** 行政裁决 */ ADJUDICATION,
    /** 其他 */ OTHER
}
