package org.disclosurehub.policy;

/** Why a decision must never be published (朝阳区行政执法公示办法 art. 8). */
public enum Exemption {
    /** Nothing bars publication. */ NONE,
    /** 当事人为未成年人 */ MINOR_PARTY,
    /** 涉及国家秘密 */ STATE_SECRET,
    /** 影响国家安全、公共安全、经济安全或社会稳定 */ SECURITY_STABILITY,
    /** 影响系列案件调查处理 */ SERIAL_INVESTIGATION,
    /** 涉嫌犯罪移送公安 */ CRIMINAL_TRANSFER,
    /** 法律法规规章规定不予公示 */ LEGAL_PROHIBITION
}
