package org.disclosurehub.request;

/** The kinds of answer the OGI Regulations provide for (art. 36–39, 30, 42). */
public enum AnswerType {
    /** 予以公开 or 告知获取方式 (art. 36 (1)–(2)). */
    DISCLOSE,
    /** 区分处理、部分公开 (art. 37). */
    PARTIALLY_DISCLOSE,
    /** 不予公开 (art. 36 (3), with art. 14–16). */
    WITHHOLD,
    /** 无法提供 (art. 36 (4)–(5), art. 38, art. 30). */
    UNAVAILABLE,
    /** 不予处理 (art. 35, art. 36 (6)–(7), art. 39). */
    NOT_PROCESSED,
    /** 其他处理: the application lapsed or was withdrawn. */
    OTHER
}
