package org.disclosurehub.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.request.deadline.DeadlineEngine;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The caseworker's steps as mutations: each turns its arguments into one event (in the form
 * request_events.csv holds it) and hands it to {@link CaseworkerSteps}, which checks the
 * credential and the rules and writes it.
 */
@Controller
class CaseworkerController {

    private final CaseworkerSteps steps;
    private final WorkingDayCalendar calendar;

    CaseworkerController(CaseworkerSteps steps, WorkingDayCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    /** The party consulted (art. 32 / 34). */
    enum ConsultedParty {
        THIRD_PARTY, OTHER_AGENCY
    }

    @MutationMapping
    CaseworkerSteps.Result confirmReceipt(@Argument String trackingNo, @Argument LocalDate receivedOn) {
        if (receivedOn != null && receivedOn.isAfter(steps.today())) {
            return refused("receivedOn cannot be in the future.", "receivedOn");
        }
        return steps.take(trackingNo, new CaseworkerSteps.Step(EventKind.RECEIVED, null, "本机关已收到您的政府信息公开申请。",
                receivedOn, "receivedOn"));
    }

    @MutationMapping
    CaseworkerSteps.Result requestCorrection(@Argument String trackingNo, @Argument List<String> items,
            @Argument LocalDate answerBy) {
        List<String> listed = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                listed.add((listed.size() + 1) + ". " + item.strip());
            }
        }
        if (listed.isEmpty()) {
            return refused("List every item the applicant must correct (art. 30: one notice with all of them).", "items");
        }
        LocalDate by = answerBy != null ? answerBy : DeadlineEngine.defaultCorrectionDeadline(steps.today(), calendar);
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.CORRECTION_REQUESTED, null,
                by + " 请补正：" + String.join("；", listed), answerBy != null ? "answerBy" : "items"));
    }

    @MutationMapping
    CaseworkerSteps.Result recordCorrection(@Argument String trackingNo) {
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.CORRECTED, null, "申请人已补正申请内容。", "trackingNo"));
    }

    @MutationMapping
    CaseworkerSteps.Result startConsultation(@Argument String trackingNo, @Argument ConsultedParty party,
            @Argument String note) {
        boolean third = party == ConsultedParty.THIRD_PARTY;
        String detail = note != null && !note.isBlank() ? note.strip() : third
                ? "您申请的信息涉及第三方合法权益，本机关已书面征求第三方意见，征求意见所需时间不计算在答复期限内。"
                : "您申请的信息需要征求其他机关意见，征求意见所需时间不计算在答复期限内。";
        return steps.take(trackingNo, CaseworkerSteps.Step.of(third ? EventKind.THIRD_PARTY_CONSULTED
                : EventKind.AGENCY_CONSULTED, null, detail, "party"));
    }

    @MutationMapping
    CaseworkerSteps.Result recordConsultationReply(@Argument String trackingNo, @Argument ConsultedParty party,
            @Argument String note) {
        boolean third = party == ConsultedParty.THIRD_PARTY;
        String detail = note != null && !note.isBlank() ? note.strip() : third ? "第三方已回复。" : "相关机关已回复。";
        return steps.take(trackingNo, CaseworkerSteps.Step.of(third ? EventKind.THIRD_PARTY_REPLIED
                : EventKind.AGENCY_REPLIED, null, detail, "party"));
    }

    @MutationMapping
    CaseworkerSteps.Result extendDeadline(@Argument String trackingNo, @Argument int workingDays, @Argument String reason) {
        if (workingDays < 1 || workingDays > DeadlineEngine.MAX_EXTENSION_DAYS) {
            return refused("An extension is 1 to " + DeadlineEngine.MAX_EXTENSION_DAYS + " working days (art. 33), got "
                    + workingDays + ".", "workingDays");
        }
        if (reason == null || reason.isBlank()) {
            return refused("An extension needs its reason (art. 33).", "reason");
        }
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.EXTENDED, null,
                "延长" + workingDays + "个工作日：" + reason.strip(), "workingDays"));
    }

    @MutationMapping
    CaseworkerSteps.Result notifyDelay(@Argument String trackingNo, @Argument LocalDate newDueDate, @Argument String reason) {
        if (reason == null || reason.isBlank()) {
            return refused("A delay notice needs its reason (art. 35).", "reason");
        }
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.DELAY_NOTIFIED, null,
                newDueDate + " " + reason.strip(), "newDueDate"));
    }

    @MutationMapping
    CaseworkerSteps.Result issueFeeNotice(@Argument String trackingNo, @Argument BigDecimal amount, @Argument String note) {
        if (amount.signum() <= 0 || amount.scale() > 2) {
            return refused("The fee is a positive amount in yuan with at most 2 decimals.", "amount");
        }
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.FEE_NOTICE, null, "信息处理费" + amount.toPlainString()
                + "元，请于" + DeadlineEngine.FEE_PAYMENT_DAYS + "个工作日内缴纳。" + (note == null ? "" : note.strip()), "amount"));
    }

    @MutationMapping
    CaseworkerSteps.Result recordFeePayment(@Argument String trackingNo) {
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.FEE_PAID, null, "申请人已缴纳信息处理费。", "trackingNo"));
    }

    @MutationMapping
    CaseworkerSteps.Result answerApplication(@Argument String trackingNo, @Argument Outcome outcome, @Argument String text,
            @Argument String whereToFind) {
        if (text == null || text.isBlank()) {
            return refused("The answer needs its text.", "text");
        }
        String detail = text.strip() + (whereToFind == null || whereToFind.isBlank() ? "" : " 获取方式：" + whereToFind.strip());
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.ANSWERED, outcome.name(), detail, "outcome"));
    }

    @MutationMapping
    CaseworkerSteps.Result withdrawApplication(@Argument String trackingNo, @Argument String note) {
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.WITHDRAWN, null,
                note == null || note.isBlank() ? "申请人撤回申请。" : note.strip(), "trackingNo"));
    }

    @MutationMapping
    CaseworkerSteps.Result fileReview(@Argument String trackingNo, @Argument ReviewKind kind) {
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.REVIEW_FILED, null, kind.name(), "kind"));
    }

    @MutationMapping
    CaseworkerSteps.Result decideReview(@Argument String trackingNo, @Argument ReviewResult result) {
        return steps.take(trackingNo, CaseworkerSteps.Step.of(EventKind.REVIEW_DECIDED, result.name(), null, "result"));
    }

    /** Bad arguments are reported only to a caseworker: anyone else learns first that they may not write. */
    private CaseworkerSteps.Result refused(String message, String field) {
        steps.requireCaseworker();
        return CaseworkerSteps.Result.refused(UserErrors.of(message, ErrorCode.BAD_USER_INPUT, field));
    }
}
