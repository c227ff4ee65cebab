package org.disclosurehub.request;

/**
 * How an application ended: the contract's outcome list, each a row of section 三 of the State
 * Council's annual report table (2021 format) and an answer type of the OGI Regulations. A
 * withdrawn application has no outcome of its own and is counted under {@link #OTHER}.
 */
public enum Outcome {
    DISCLOSED(1, 0, "予以公开", AnswerType.DISCLOSE, "第三十六条第（一）、（二）项"),
    PARTIALLY_DISCLOSED(2, 0, "部分公开（区分处理的，只计这一情形，不计其他情形）", AnswerType.PARTIALLY_DISCLOSE, "第三十七条"),
    WITHHELD_STATE_SECRET(3, 1, "属于国家秘密", AnswerType.WITHHOLD, "第十四条、第三十六条第（三）项"),
    WITHHELD_LAW_PROHIBITED(3, 2, "其他法律行政法规禁止公开", AnswerType.WITHHOLD, "第十四条、第三十六条第（三）项"),
    WITHHELD_SECURITY_STABILITY(3, 3, "危及“三安全一稳定”", AnswerType.WITHHOLD, "第十四条、第三十六条第（三）项"),
    WITHHELD_THIRD_PARTY(3, 4, "保护第三方合法权益", AnswerType.WITHHOLD, "第十五条、第三十二条"),
    WITHHELD_INTERNAL_AFFAIRS(3, 5, "属于三类内部事务信息", AnswerType.WITHHOLD, "第十六条第一款"),
    WITHHELD_PROCESS_INFO(3, 6, "属于四类过程性信息", AnswerType.WITHHOLD, "第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE(3, 7, "属于行政执法案卷", AnswerType.WITHHOLD, "第十六条第二款"),
    WITHHELD_ADMIN_QUERY(3, 8, "属于行政查询事项", AnswerType.WITHHOLD, "第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(4, 1, "本机关不掌握相关政府信息", AnswerType.UNAVAILABLE, "第三十六条第（四）、（五）项"),
    UNAVAILABLE_NEEDS_CREATION(4, 2, "没有现成信息需要另行制作", AnswerType.UNAVAILABLE, "第三十八条"),
    UNAVAILABLE_UNCLEAR(4, 3, "补正后申请内容仍不明确", AnswerType.UNAVAILABLE, "第三十条"),
    NOT_PROCESSED_PETITION(5, 1, "信访举报投诉类申请", AnswerType.NOT_PROCESSED, "第三十九条第一款"),
    NOT_PROCESSED_REPEAT(5, 2, "重复申请", AnswerType.NOT_PROCESSED, "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(5, 3, "要求提供公开出版物", AnswerType.NOT_PROCESSED, "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(5, 4, "无正当理由大量反复申请", AnswerType.NOT_PROCESSED, "第三十五条"),
    NOT_PROCESSED_CONFIRMATION(5, 5, "要求行政机关确认或重新出具已获取信息", AnswerType.NOT_PROCESSED, "第三十九条第二款"),
    OTHER_NO_CORRECTION(6, 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", AnswerType.OTHER, "第三十条"),
    OTHER_FEE_UNPAID(6, 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            AnswerType.OTHER, "第四十二条；国办函〔2020〕109号"),
    OTHER(6, 3, "其他", AnswerType.OTHER, "—");

    private final int group;
    private final int item;
    private final String label;
    private final AnswerType answerType;
    private final String legalBasis;

    Outcome(int group, int item, String label, AnswerType answerType, String legalBasis) {
        this.group = group;
        this.item = item;
        this.label = label;
        this.answerType = answerType;
        this.legalBasis = legalBasis;
    }

    /** 1–6: （一）予以公开 … （六）其他处理 of section 三, row 三. */
    public int group() {
        return group;
    }

    /** The numbered sub-row inside its group (1, 2, …), or 0 for （一） and （二）, which have none. */
    public int item() {
        return item;
    }

    public String label() {
        return label;
    }

    public AnswerType answerType() {
        return answerType;
    }

    /** The article of the OGI Regulations (政府信息公开条例) the answer rests on. */
    public String legalBasis() {
        return legalBasis;
    }

    /** The row of section 三 as the table prints it, e.g. {@code 三（三）2}. */
    public String reportRow() {
        return "三（" + "一二三四五六".charAt(group - 1) + "）" + (item > 0 ? String.valueOf(item) : "");
    }

    /** Whether the outcome closes an application that lapsed rather than one the agency answered on its merits. */
    public boolean lapse() {
        return this == OTHER_NO_CORRECTION || this == OTHER_FEE_UNPAID;
    }
}
