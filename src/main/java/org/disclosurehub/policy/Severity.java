package org.disclosurehub.policy;

/** Severity of a decision; decides whether and how long it stays published (信用修复管理办法). */
public enum Severity {
    /** 轻微 */ MINOR,
    /** 一般 */ GENERAL,
    /** 严重 */ SERIOUS
}
