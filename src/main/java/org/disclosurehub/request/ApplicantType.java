package org.disclosurehub.request;

/** Who applies: the columns of the annual report's section 三 (申请人情况). */
public enum ApplicantType {
    /** 自然人 */
    NATURAL_PERSON("自然人"),
    /** 商业企业 */
    COMMERCIAL_ENTERPRISE("商业企业"),
    /** 科研机构 */
    RESEARCH_INSTITUTION("科研机构"),
    /** 社会公益组织 */
    SOCIAL_WELFARE_ORG("社会公益组织"),
    /** 法律服务机构 */
    LEGAL_SERVICE_ORG("法律服务机构"),
    /** 其他 (other organisations) */
    OTHER_ORG("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
