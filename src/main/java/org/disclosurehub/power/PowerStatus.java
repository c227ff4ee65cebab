package org.disclosurehub.power;

/** Status of a powers-list item. */
public enum PowerStatus {
    /** 现行有效 */ ACTIVE,
    /** 取消/废止, kept on record */ REPEALED
}
