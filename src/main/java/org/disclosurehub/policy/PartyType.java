package org.disclosurehub.policy;

/** Kinds of party to a penalty decision. */
public enum PartyType {
    /** 自然人: the name is masked, the ID number never shown. */ NATURAL_PERSON,
    /** 个体工商户: the trade name is shown, the operator (a natural person) masked. */ INDIVIDUAL_BUSINESS,
    /** 法人 */ LEGAL_PERSON,
    /** 非法人组织 */ OTHER_ORG
}
