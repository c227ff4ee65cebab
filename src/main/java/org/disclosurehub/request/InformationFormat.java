package org.disclosurehub.request;

/** The form in which the applicant wants the information (art. 29: 获取信息的方式、途径). */
public enum InformationFormat {
    /** 纸质 */
    PAPER,
    /** 电子数据 */
    ELECTRONIC
}
