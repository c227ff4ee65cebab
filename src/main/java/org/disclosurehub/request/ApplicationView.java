package org.disclosurehub.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurehub.request.deadline.ApplicationStatus;
import org.disclosurehub.request.deadline.Life;
import org.disclosurehub.request.deadline.Review;

/**
 * An application as its applicant sees it (the GraphQL {@code Application}): what was asked, the
 * derived state on a given day, and the timeline. It has no field for the applicant's identity:
 * it is built from {@link ApplicationStore.Stored}, which never selects it.
 */
public record ApplicationView(String trackingNo, String agencyCode, ApplicantType applicantType, String description,
        InformationFormat format, Delivery delivery, Channel channel, Instant submittedAt, ApplicationStatus status,
        LocalDate receivedOn, LocalDate dueDate, boolean dueDateProvisional, String dueDateExplanation, boolean overdue,
        List<EventRecord> timeline, AnswerView answer, List<Review> reviews) {

    private static final Pattern WHERE = Pattern.compile("获取方式：(.+)$|(https?://\\S+)", Pattern.DOTALL);

    /** How the application ended. */
    public record AnswerView(Outcome outcome, String label, AnswerType answerType, String legalBasis, String reportRow,
            LocalDate concludedOn, LocalDate answeredOn, Boolean onTime, String text, String whereToFind) {
    }

    public static ApplicationView of(ApplicationStore.Stored a, List<EventRecord> events, Life life, LocalDate today) {
        return new ApplicationView(a.trackingNo(), a.agencyCode(), a.applicantType(), a.description(), a.format(),
                a.delivery(), a.channel(), a.submittedAt(), life.statusOn(today), life.receivedOn(), life.dueDate(),
                life.dueDateProvisional(), life.explanation(), life.overdueOn(today), events, answer(life, today),
                life.reviews());
    }

    private static AnswerView answer(Life life, LocalDate today) {
        LocalDate concluded = life.concludedOn(today);
        Outcome outcome = life.outcomeOn(today);
        if (concluded == null || outcome == null) {
            return null;
        }
        String text = life.withdrawn() ? "申请人已撤回申请。" : life.answerDetail();
        return new AnswerView(outcome, outcome.label(), outcome.answerType(), outcome.legalBasis(), outcome.reportRow(),
                concluded, life.withdrawn() ? null : life.answeredOn(), life.answeredOnTime(), text,
                outcome == Outcome.DISCLOSED || outcome == Outcome.PARTIALLY_DISCLOSED ? whereToFind(text) : null);
    }

    /** The part of an answer that says where published information is: after "获取方式：", or its first link. */
    static String whereToFind(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WHERE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String where = m.group(1) != null ? m.group(1) : m.group(2);
        return where.strip().replaceAll("[。，；]$", "");
    }
}
