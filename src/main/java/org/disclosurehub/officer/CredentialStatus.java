package org.disclosurehub.officer;

/** Recorded status of a credential or work card. */
public enum CredentialStatus {
    /** 有效 */ VALID,
    /** 暂扣 */ SUSPENDED,
    /** 吊销/注销 */ REVOKED,
    /** 过期 */ EXPIRED
}
