package org.disclosurehub.policy;

/** Status of a penalty decision. */
public enum DecisionStatus {
    /** In force. */ EFFECTIVE,
    /** Corrected (变更); the record holds the corrected content. */ CHANGED,
    /** Revoked, confirmed unlawful or void (撤销/确认违法/无效). */ REVOKED
}
