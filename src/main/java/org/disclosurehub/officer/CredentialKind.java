package org.disclosurehub.officer;

/** What kind of card a number belongs to. */
public enum CredentialKind {
    /** 行政执法证 */ ENFORCEMENT_CREDENTIAL,
    /** 辅助人员工作证: not an enforcement credential */ AUXILIARY_WORK_CARD
}
