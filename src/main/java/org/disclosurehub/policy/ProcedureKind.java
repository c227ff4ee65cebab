package org.disclosurehub.policy;

/** The procedure a decision was made under. */
public enum ProcedureKind {
    /** 普通程序 */ GENERAL,
    /** 简易程序 */ SIMPLE
}
