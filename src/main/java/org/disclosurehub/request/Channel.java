package org.disclosurehub.request;

/** How the application was submitted; it decides the receipt date (OGI Regulations art. 31). */
public enum Channel {
    /** 互联网渠道: received on the day both sides confirm it. */
    ONLINE,
    /** 信函: received on the day the agency signs for it (or confirms an unsigned letter). */
    LETTER,
    /** 传真: received on the day both sides confirm it. */
    FAX,
    /** 当面提交: received on the day it is handed in. */
    IN_PERSON
}
