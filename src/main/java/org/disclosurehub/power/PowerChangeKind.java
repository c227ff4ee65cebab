package org.disclosurehub.power;

/** Kinds of change in a powers-list item's life (权力事项调整). */
public enum PowerChangeKind {
    /** 新增 */ ADDED,
    /** 调整 */ ADJUSTED,
    /** 划转 */ TRANSFERRED,
    /** 取消 */ REPEALED
}
