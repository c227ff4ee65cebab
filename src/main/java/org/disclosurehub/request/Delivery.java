package org.disclosurehub.request;

/** How the answer reaches the applicant. */
public enum Delivery {
    /** 邮寄 */
    POST,
    /** 电子邮件 */
    EMAIL,
    /** 当面领取 */
    PICKUP,
    /** 网上获取 */
    ONLINE
}
