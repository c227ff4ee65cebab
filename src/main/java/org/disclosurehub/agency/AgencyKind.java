package org.disclosurehub.agency;

/** Kinds of administrative organ and enforcement body (DATASET.md agencies.csv). */
public enum AgencyKind {
    /** 人民政府 */
    GOVERNMENT,
    /** 政府工作部门 */
    DEPARTMENT,
    /** 街道办事处 */
    STREET_OFFICE,
    /** 乡镇人民政府 */
    TOWNSHIP,
    /** 法律法规授权组织 */
    AUTHORIZED_ORG,
    /** 受委托组织 */
    ENTRUSTED_ORG,
    /** 综合行政执法队: acts in its street office's or township's name, decides nothing itself. */
    ENFORCEMENT_TEAM;

    /** Whether an enforcement team may work for an agency of this kind. */
    public boolean canHaveEnforcementTeam() {
        return this == STREET_OFFICE || this == TOWNSHIP;
    }
}
