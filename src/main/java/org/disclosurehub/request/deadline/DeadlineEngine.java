package org.disclosurehub.request.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosurehub.request.Channel;
import org.disclosurehub.request.EventKind;
import org.disclosurehub.request.Outcome;
import org.disclosurehub.request.ReviewKind;
import org.disclosurehub.request.ReviewResult;

/**
 * The statutory clocks of the OGI Regulations (政府信息公开条例, 2019) on the working-day calendar.
 * A pure function: the same events on the same calendar always give the same {@link Life}, and
 * it reads no clock. It folds the events in order, checking each against the state before it,
 * so one pass both validates a history (import, caseworker steps) and derives its state.
 *
 * <ul>
 * <li>Counting starts the day after receipt (art. 31 fixes the receipt day); the answer is due
 * on the 20th working day (art. 33).</li>
 * <li>A correction notice (补正, art. 30) must go out within 7 working days of receipt, once; the
 * clock stops, and restarts from the day the correction arrives. Without a correction by the
 * answer-by date the application lapses: OTHER_NO_CORRECTION.</li>
 * <li>Third-party (art. 32) and inter-agency (art. 34) consultations are not counted (art. 33),
 * each for at most 15 working days: silence after that lets the agency go on. Excluded days are
 * the working days in (consulted, replied], as a union, so overlapping consultations count once.</li>
 * <li>One extension of at most 20 working days, with a reason, made before the due date (art. 33).</li>
 * <li>An art. 35 delay notice sets a later due date.</li>
 * <li>A fee notice (art. 42, 国办函〔2020〕109号) stops the clock until payment; the days in
 * (notice, payment] are not counted. Unpaid by the 20th working day after the notice, the
 * application lapses: OTHER_FEE_UNPAID.</li>
 * </ul>
 */
public final class DeadlineEngine {

    /** Art. 33: the answer period. */
    public static final int ANSWER_DAYS = 20;
    /** Art. 33: the longest extension. */
    public static final int MAX_EXTENSION_DAYS = 20;
    /** Art. 30: a correction notice goes out within this many working days of receipt. */
    public static final int CORRECTION_NOTICE_DAYS = 7;
    /** The answer-by period a correction notice gives when the caseworker names none. */
    public static final int DEFAULT_CORRECTION_DAYS = 15;
    /** Art. 32 and 34: a consulted party answers within this many working days. */
    public static final int CONSULTATION_DAYS = 15;
    /** 国办函〔2020〕109号: the applicant pays within this many working days of the fee notice. */
    public static final int FEE_PAYMENT_DAYS = 20;
    /** An online application that arrives after this time on a working day counts from the next one. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[\\s:：;；,，]+(.*))?$",
            Pattern.DOTALL);
    private static final Pattern EXTENSION_DAYS = Pattern.compile("延长\\s*(\\d{1,3})\\s*个工作日|extended by (\\d{1,3}) working days");

    private DeadlineEngine() {
    }

    /** The receipt date assumed until the agency confirms receipt: the submission day if it is a working day and arrives in office hours, else the next working day. */
    public static LocalDate provisionalReceipt(LocalDateTime submittedAt, WorkCalendar calendar) {
        return provisionalReceipt(submittedAt, new DayCounter(calendar));
    }

    private static LocalDate provisionalReceipt(LocalDateTime submittedAt, DayCounter days) {
        LocalDate day = submittedAt.toLocalDate();
        if (days.isWorkingDay(day) && submittedAt.toLocalTime().isBefore(OFFICE_CLOSES)) {
            return day;
        }
        return days.onOrAfter(day.plusDays(1));
    }

    /** The answer-by date of a correction notice sent on {@code day} when the caseworker names none. */
    public static LocalDate defaultCorrectionDeadline(LocalDate day, WorkCalendar calendar) {
        return new DayCounter(calendar).add(day, DEFAULT_CORRECTION_DAYS);
    }

    /** The last day on which a correction notice may go out for an application received on {@code receivedOn}. */
    public static LocalDate lastCorrectionNoticeDay(LocalDate receivedOn, WorkCalendar calendar) {
        return new DayCounter(calendar).add(receivedOn, CORRECTION_NOTICE_DAYS);
    }

    /** The date at the start of a CORRECTION_REQUESTED or DELAY_NOTIFIED detail, or null. */
    public static LocalDate leadingDate(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher m = LEADING_DATE.matcher(detail);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text after the leading date of a detail (the correction items, the delay reason), or null. */
    public static String afterLeadingDate(String detail) {
        Matcher m = detail == null ? null : LEADING_DATE.matcher(detail);
        return m != null && m.matches() && m.group(2) != null && !m.group(2).isBlank() ? m.group(2).strip() : null;
    }

    /** Working days of an extension, from its detail ("延长15个工作日"); the maximum when it names none. */
    public static int extensionDays(String detail) {
        if (detail != null) {
            Matcher m = EXTENSION_DAYS.matcher(detail);
            if (m.find()) {
                return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return MAX_EXTENSION_DAYS;
    }

    /**
     * Derives an application's life from its events, in the order given (oldest first; the caller
     * sorts by time, then by {@link EventKind} order). Problems are collected, not thrown: a step
     * with a problem is left out of the state, so the steps after it are judged as if it had not
     * happened.
     */
    public static Life derive(Channel channel, LocalDateTime submittedAt, List<Step> steps, WorkCalendar calendar) {
        return derive(channel, submittedAt, steps, calendar, true);
    }

    /** As {@link #derive(Channel, LocalDateTime, List, WorkCalendar)}; without {@code explain} the explanation is empty (bulk statistics need none). */
    public static Life derive(Channel channel, LocalDateTime submittedAt, List<Step> steps, WorkCalendar calendar,
            boolean explain) {
        Fold fold = new Fold(channel, submittedAt, new DayCounter(calendar));
        for (Step step : steps) {
            fold.apply(step);
        }
        return fold.life(explain);
    }

    /** A stretch of time not counted: the working days in (start, end], capped at {@code cap} working days. */
    private record Pause(EventKind kind, LocalDate start, LocalDate end, int cap) {
    }

    /** The fold's state: what the events so far have established. */
    private static final class Fold {

        private final Channel channel;
        private final LocalDateTime submittedAt;
        private final DayCounter days;
        private final List<StepProblem> problems = new ArrayList<>();
        private final List<Pause> pauses = new ArrayList<>();
        private final List<Review> reviews = new ArrayList<>();

        private LocalDate receivedOn;
        private LocalDate clockStart;
        private LocalDate correctionRequestedOn;
        private LocalDate correctionAnswerBy;
        private LocalDate correctedOn;
        private LocalDate extendedOn;
        private int extensionDays;
        private LocalDate delayNotifiedOn;
        private LocalDate delayedTo;
        private LocalDate feeNoticeOn;
        private LocalDate feeDeadline;
        private LocalDate concludedOn;
        private Outcome outcome;
        private boolean withdrawn;
        private boolean lapsed;
        private LocalDate answeredOn;
        private String answerDetail;
        private LocalDate dueAtAnswer;
        private LocalDate lastDay;

        Fold(Channel channel, LocalDateTime submittedAt, DayCounter days) {
            this.channel = channel;
            this.submittedAt = submittedAt;
            this.days = days;
        }

        void apply(Step s) {
            LocalDate on = s.on();
            if (on.isBefore(submittedAt.toLocalDate())) {
                problem(s, "at", "is before the application was submitted (" + submittedAt.toLocalDate() + ")");
                return;
            }
            if (!outcomeColumnOk(s)) {
                return;
            }
            if (s.kind() != EventKind.REVIEW_FILED && s.kind() != EventKind.REVIEW_DECIDED && !openFor(s)) {
                return;
            }
            switch (s.kind()) {
                case RECEIVED -> received(s, on);
                case CORRECTION_REQUESTED -> correctionRequested(s, on);
                case CORRECTED -> corrected(s, on);
                case THIRD_PARTY_CONSULTED, AGENCY_CONSULTED -> consulted(s, on);
                case THIRD_PARTY_REPLIED, AGENCY_REPLIED -> replied(s, on);
                case EXTENDED -> extended(s, on);
                case DELAY_NOTIFIED -> delayNotified(s, on);
                case FEE_NOTICE -> feeNotice(s, on);
                case FEE_PAID -> feePaid(s, on);
                case ANSWERED -> answered(s, on);
                case WITHDRAWN -> withdrawn(on);
                case REVIEW_FILED -> reviewFiled(s, on);
                case REVIEW_DECIDED -> reviewDecided(s, on);
            }
            lastDay = on;
        }

        /** ANSWERED needs an outcome of the contract's list, REVIEW_DECIDED a review result, every other kind none. */
        private boolean outcomeColumnOk(Step s) {
            String o = s.outcome();
            if (s.kind() == EventKind.ANSWERED) {
                if (o == null) {
                    return problem(s, "outcome", "is required for ANSWERED: one of the outcomes of the contract (DISCLOSED, …)");
                }
                if (parse(Outcome.class, o) == null) {
                    return problem(s, "outcome", "'" + abbreviate(o) + "' is not an outcome of the contract (DISCLOSED, PARTIALLY_DISCLOSED, …)");
                }
            } else if (s.kind() == EventKind.REVIEW_DECIDED) {
                if (o == null || parse(ReviewResult.class, o) == null) {
                    return problem(s, "outcome", "REVIEW_DECIDED needs REVIEW_UPHELD, REVIEW_CORRECTED or REVIEW_OTHER");
                }
            } else if (o != null) {
                return problem(s, "outcome", "must be empty for " + s.kind() + ": only ANSWERED and REVIEW_DECIDED have one");
            }
            return true;
        }

        /** Whether the application can still take this step: received (but for RECEIVED and WITHDRAWN) and not closed. */
        private boolean openFor(Step s) {
            LocalDate on = s.on();
            if (withdrawn) {
                return problem(s, "kind", "the application was withdrawn on " + concludedOn + "; it takes no further step");
            }
            if (lapsed || lapsesBefore(on)) {
                boolean notice = s.kind() == EventKind.ANSWERED && parse(Outcome.class, s.outcome()) == lapseOutcome()
                        && answeredOn == null;
                if (!notice) {
                    return problem(s, "kind", lapseMessage());
                }
                return true;
            }
            if (concludedOn != null) {
                return problem(s, "kind", "the application was answered on " + answeredOn + "; only a review may follow");
            }
            if (receivedOn == null && s.kind() != EventKind.RECEIVED && s.kind() != EventKind.WITHDRAWN) {
                return problem(s, "kind", "the application has not been received yet: RECEIVED comes first");
            }
            return true;
        }

        private String lapseMessage() {
            return feeNoticeOn != null && !isCorrectionAwaited()
                    ? "the fee was not paid by " + feeDeadline + ": the application lapsed (OTHER_FEE_UNPAID) and takes no further step"
                    : "no correction arrived by " + correctionAnswerBy
                            + ": the application lapsed (OTHER_NO_CORRECTION) and takes no further step";
        }

        private Outcome lapseOutcome() {
            if (isCorrectionAwaited()) {
                return Outcome.OTHER_NO_CORRECTION;
            }
            return feeNoticeOn != null ? Outcome.OTHER_FEE_UNPAID : null;
        }

        private LocalDate lapseDeadline() {
            if (isCorrectionAwaited()) {
                return correctionAnswerBy;
            }
            return feeNoticeOn != null ? feeDeadline : null;
        }

        private boolean lapsesBefore(LocalDate on) {
            LocalDate deadline = lapseDeadline();
            return deadline != null && on.isAfter(deadline);
        }

        private boolean isCorrectionAwaited() {
            return correctionRequestedOn != null && correctedOn == null;
        }

        private void received(Step s, LocalDate on) {
            if (receivedOn != null) {
                problem(s, "kind", "the application was already received on " + receivedOn);
                return;
            }
            receivedOn = on;
            clockStart = on;
        }

        private void correctionRequested(Step s, LocalDate on) {
            if (correctionRequestedOn != null) {
                problem(s, "kind", "a correction was already requested on " + correctionRequestedOn
                        + ": art. 30 allows one notice listing every item");
                return;
            }
            LocalDate last = days.add(receivedOn, CORRECTION_NOTICE_DAYS);
            if (on.isAfter(last)) {
                problem(s, "at", "a correction must be requested within " + CORRECTION_NOTICE_DAYS
                        + " working days of receipt (art. 30): by " + last + " for an application received on " + receivedOn);
                return;
            }
            LocalDate by = leadingDate(s.detail());
            if (by == null) {
                problem(s, "detail", "must start with the date by which the applicant must answer (yyyy-MM-dd)");
                return;
            }
            if (!by.isAfter(on)) {
                problem(s, "detail", "the answer-by date " + by + " must be after the notice (" + on + ")");
                return;
            }
            correctionRequestedOn = on;
            correctionAnswerBy = by;
        }

        private void corrected(Step s, LocalDate on) {
            if (!isCorrectionAwaited()) {
                problem(s, "kind", correctionRequestedOn == null ? "no correction was requested"
                        : "the correction already arrived on " + correctedOn);
                return;
            }
            correctedOn = on;
            clockStart = on;
            // art. 30: the answer period counts afresh from the corrected application
            pauses.clear();
        }

        private void consulted(Step s, LocalDate on) {
            if (isCorrectionAwaited()) {
                problem(s, "kind", "the application awaits a correction until " + correctionAnswerBy);
                return;
            }
            if (openPause(s.kind()) != null) {
                problem(s, "kind", "a " + consultationName(s.kind()) + " is already open since " + openPause(s.kind()).start());
                return;
            }
            pauses.add(new Pause(s.kind(), on, null, CONSULTATION_DAYS));
        }

        private void replied(Step s, LocalDate on) {
            EventKind consulted = s.kind() == EventKind.THIRD_PARTY_REPLIED ? EventKind.THIRD_PARTY_CONSULTED
                    : EventKind.AGENCY_CONSULTED;
            Pause open = openPause(consulted);
            if (open == null) {
                problem(s, "kind", "no " + consultationName(consulted) + " is open");
                return;
            }
            pauses.set(pauses.indexOf(open), new Pause(consulted, open.start(), on, open.cap()));
        }

        private void extended(Step s, LocalDate on) {
            if (extendedOn != null) {
                problem(s, "kind", "the answer period was already extended on " + extendedOn + ": art. 33 allows one extension");
                return;
            }
            if (isCorrectionAwaited() || feeNoticeOn != null) {
                problem(s, "kind", "the clock is stopped (" + (isCorrectionAwaited() ? "awaiting a correction" : "awaiting the fee")
                        + "); an extension is made while it runs");
                return;
            }
            int n = extensionDays(s.detail());
            if (n < 1 || n > MAX_EXTENSION_DAYS) {
                problem(s, "detail", "an extension is at most " + MAX_EXTENSION_DAYS + " working days (art. 33), got " + n);
                return;
            }
            if (s.detail() == null || s.detail().isBlank()) {
                problem(s, "detail", "an extension needs its reason (art. 33)");
                return;
            }
            LocalDate due = due();
            if (due != null && on.isAfter(due)) {
                problem(s, "at", "the answer was due on " + due + ": an extension must be decided before the period ends");
                return;
            }
            extendedOn = on;
            extensionDays = n;
        }

        private void delayNotified(Step s, LocalDate on) {
            if (delayNotifiedOn != null) {
                problem(s, "kind", "a delay was already notified on " + delayNotifiedOn);
                return;
            }
            LocalDate to = leadingDate(s.detail());
            if (to == null) {
                problem(s, "detail", "must start with the new due date (yyyy-MM-dd)");
                return;
            }
            LocalDate due = due();
            if (!to.isAfter(on) || (due != null && !to.isAfter(due))) {
                problem(s, "detail", "the new due date " + to + " must be after the notice and after the current due date"
                        + (due != null ? " (" + due + ")" : ""));
                return;
            }
            delayNotifiedOn = on;
            delayedTo = to;
        }

        private void feeNotice(Step s, LocalDate on) {
            if (feeNoticeOn != null) {
                problem(s, "kind", "a fee notice is already open since " + feeNoticeOn);
                return;
            }
            if (isCorrectionAwaited()) {
                problem(s, "kind", "the application awaits a correction until " + correctionAnswerBy);
                return;
            }
            feeNoticeOn = on;
            feeDeadline = days.add(on, FEE_PAYMENT_DAYS);
        }

        private void feePaid(Step s, LocalDate on) {
            if (feeNoticeOn == null) {
                problem(s, "kind", "no fee notice is open");
                return;
            }
            pauses.add(new Pause(EventKind.FEE_NOTICE, feeNoticeOn, on, Integer.MAX_VALUE));
            feeNoticeOn = null;
            feeDeadline = null;
        }

        private void answered(Step s, LocalDate on) {
            Outcome o = parse(Outcome.class, s.outcome());
            LocalDate deadline = lapseDeadline();
            if (deadline != null && on.isAfter(deadline)) {
                // the formal notice of a lapse: the application ended the day after the deadline
                lapsed = true;
                concludedOn = deadline.plusDays(1);
                outcome = o;
                answeredOn = on;
                answerDetail = s.detail();
                return;
            }
            if (isCorrectionAwaited()) {
                problem(s, "outcome", "the applicant has until " + correctionAnswerBy + " to correct the application;"
                        + " it cannot be answered before the correction or that day");
                return;
            }
            if (feeNoticeOn != null) {
                problem(s, "outcome", "the applicant has until " + feeDeadline + " to pay the fee; it cannot be answered before"
                        + " the payment or that day");
                return;
            }
            if (o == Outcome.OTHER_NO_CORRECTION) {
                problem(s, "outcome", "OTHER_NO_CORRECTION needs a correction request whose answer-by date has passed");
                return;
            }
            if (o == Outcome.OTHER_FEE_UNPAID) {
                problem(s, "outcome", "OTHER_FEE_UNPAID needs a fee notice left unpaid for " + FEE_PAYMENT_DAYS + " working days");
                return;
            }
            dueAtAnswer = due();
            concludedOn = on;
            outcome = o;
            answeredOn = on;
            answerDetail = s.detail();
        }

        private void withdrawn(LocalDate on) {
            withdrawn = true;
            concludedOn = on;
            outcome = Outcome.OTHER;
        }

        private void reviewFiled(Step s, LocalDate on) {
            if (receivedOn == null) {
                problem(s, "kind", "the application has not been received yet: RECEIVED comes first");
                return;
            }
            ReviewKind kind = parse(ReviewKind.class, s.detail() == null ? null : s.detail().strip());
            if (kind == null) {
                problem(s, "detail", "REVIEW_FILED needs RECONSIDERATION, LITIGATION_DIRECT or LITIGATION_AFTER_RECONSIDERATION");
                return;
            }
            for (Review r : reviews) {
                if (r.result() == null) {
                    problem(s, "kind", "a " + r.kind() + " filed on " + r.filedOn() + " is still pending");
                    return;
                }
            }
            if (kind == ReviewKind.LITIGATION_AFTER_RECONSIDERATION
                    && reviews.stream().noneMatch(r -> r.kind() == ReviewKind.RECONSIDERATION)) {
                problem(s, "detail", "LITIGATION_AFTER_RECONSIDERATION needs a decided RECONSIDERATION first");
                return;
            }
            reviews.add(new Review(kind, on, null, null));
        }

        private void reviewDecided(Step s, LocalDate on) {
            for (int i = 0; i < reviews.size(); i++) {
                Review r = reviews.get(i);
                if (r.result() == null) {
                    reviews.set(i, new Review(r.kind(), r.filedOn(), on, parse(ReviewResult.class, s.outcome())));
                    return;
                }
            }
            problem(s, "kind", "no review is pending");
        }

        private Pause openPause(EventKind consulted) {
            for (Pause p : pauses) {
                if (p.kind() == consulted && p.end() == null) {
                    return p;
                }
            }
            return null;
        }

        /** The due date in the current state; null while the clock waits for a correction or a fee. */
        private LocalDate due() {
            if (receivedOn == null || isCorrectionAwaited() || feeNoticeOn != null) {
                return null;
            }
            LocalDate d = days.add(clockStart, ANSWER_DAYS + extensionDays + excluded());
            return delayedTo != null && delayedTo.isAfter(d) ? delayedTo : d;
        }

        /** Working days after the clock start that some pause covers, each counted once. */
        private int excluded() {
            if (pauses.isEmpty()) {
                return 0;
            }
            Set<LocalDate> covered = new HashSet<>();
            for (Pause p : pauses) {
                LocalDate end = pauseEnd(p);
                for (LocalDate d = p.start().plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                    if (d.isAfter(clockStart) && days.isWorkingDay(d)) {
                        covered.add(d);
                    }
                }
            }
            return covered.size();
        }

        private LocalDate pauseEnd(Pause p) {
            if (p.cap() == Integer.MAX_VALUE) {
                return p.end();
            }
            LocalDate capped = days.add(p.start(), p.cap());
            return p.end() == null || p.end().isAfter(capped) ? capped : p.end();
        }

        private boolean problem(Step s, String column, String message) {
            problems.add(new StepProblem(s.index(), column, message));
            return false;
        }

        Life life(boolean explain) {
            LocalDate due;
            boolean provisional = false;
            ApplicationStatus status;
            if (withdrawn) {
                due = null;
                status = ApplicationStatus.WITHDRAWN;
            } else if (lapsed) {
                due = null;
                status = ApplicationStatus.LAPSED;
            } else if (concludedOn != null) {
                due = dueAtAnswer;
                status = ApplicationStatus.ANSWERED;
            } else if (receivedOn == null) {
                due = days.add(provisionalReceipt(submittedAt, days), ANSWER_DAYS);
                provisional = true;
                status = ApplicationStatus.SUBMITTED;
            } else {
                due = due();
                status = isCorrectionAwaited() ? ApplicationStatus.AWAITING_CORRECTION
                        : feeNoticeOn != null ? ApplicationStatus.AWAITING_FEE
                        : pauses.stream().anyMatch(p -> p.end() == null) ? ApplicationStatus.IN_CONSULTATION
                        : ApplicationStatus.IN_PROGRESS;
            }
            int excludedDays = receivedOn == null ? 0 : excluded();
            String explanation = explain ? new Explanation(this, due, excludedDays).text() : "";
            Set<Integer> gaps = days.gaps();
            Integer toAnswer = answeredOn != null && receivedOn != null && !lapsed ? days.between(receivedOn, answeredOn) : null;
            boolean awaiting = !withdrawn && !lapsed && concludedOn == null;
            LocalDate lapseAfter = lapsed ? lapseDeadline() : awaiting ? lapseDeadline() : null;
            Outcome lapseOutcome = lapseAfter == null ? null : lapseOutcome();
            return new Life(status, receivedOn, clockStart, due, provisional || !gaps.isEmpty(), explanation, gaps,
                    correctionRequestedOn, correctionAnswerBy, correctedOn, excludedDays, extendedOn, extensionDays,
                    delayedTo, lapseAfter, lapseOutcome, concludedOn, outcome, withdrawn, answeredOn, answerDetail,
                    toAnswer, List.copyOf(reviews), List.copyOf(problems));
        }

        /** Builds the due-date explanation from the fold's state. */
        private record Explanation(Fold f, LocalDate due, int excludedDays) {

            String text() {
                List<String> parts = new ArrayList<>();
                if (f.withdrawn) {
                    return "No due date: the application was withdrawn on " + f.concludedOn + ".";
                }
                if (f.lapsed) {
                    return "No due date: " + f.lapseMessage().replace(" and takes no further step", "") + ".";
                }
                if (f.receivedOn == null) {
                    LocalDate assumed = provisionalReceipt(f.submittedAt, f.days);
                    parts.add("Provisional: " + ANSWER_DAYS + " working days from receipt, assumed on " + assumed
                            + "; an application sent " + channelWords(f.channel) + " counts as received when the agency "
                            + "confirms it (art. 31), which fixes the due date");
                } else if (f.correctedOn != null) {
                    parts.add(ANSWER_DAYS + " working days from the correction received on " + f.correctedOn
                            + " (art. 30: the clock restarts; the application was received on " + f.receivedOn + ")");
                } else {
                    parts.add(ANSWER_DAYS + " working days from receipt on " + f.receivedOn);
                }
                if (f.isCorrectionAwaited()) {
                    parts.add("clock stopped: a correction was requested on " + f.correctionRequestedOn
                            + "; counting restarts the day after the correction arrives; without one by "
                            + f.correctionAnswerBy + " the application lapses (art. 30)");
                }
                if (f.feeNoticeOn != null) {
                    parts.add("clock stopped: fee notice on " + f.feeNoticeOn + "; without payment by " + f.feeDeadline
                            + " the application lapses (art. 42)");
                }
                for (Pause p : f.pauses) {
                    LocalDate end = f.pauseEnd(p);
                    int n = f.days.between(p.start().isBefore(f.clockStart) ? f.clockStart : p.start(), end);
                    if (p.kind() == EventKind.FEE_NOTICE) {
                        parts.add(n + " working days awaiting the fee excluded (notice " + p.start() + ", paid " + p.end()
                                + "; art. 42)");
                    } else if (p.end() == null) {
                        parts.add(consultationName(p.kind()) + " open since " + p.start() + ": up to " + n
                                + " working days excluded (" + article(p.kind()) + ")");
                    } else {
                        parts.add(n + " working days of " + consultationName(p.kind()) + " excluded (" + article(p.kind()) + ")");
                    }
                }
                if (f.pauses.size() > 1 && excludedDays > 0) {
                    parts.add(excludedDays + " working days excluded in all");
                }
                if (f.extendedOn != null) {
                    parts.add("extended by " + f.extensionDays + " working days on " + f.extendedOn + " (art. 33)");
                }
                if (f.delayedTo != null) {
                    parts.add("delayed to " + f.delayedTo + " by a notice on " + f.delayNotifiedOn + " (art. 35)");
                }
                if (due != null) {
                    parts.add("due " + due);
                }
                if (f.concludedOn != null && f.answeredOn != null) {
                    parts.add("answered on " + f.answeredOn);
                }
                Set<Integer> gaps = f.days.gaps();
                if (!gaps.isEmpty()) {
                    parts.add("the official holiday schedule for " + gaps.stream().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElse("") + " is not loaded: Monday–Friday assumed there,"
                            + " so the date may change");
                }
                return String.join("; ", parts) + ".";
            }
        }
    }

    private static String channelWords(Channel channel) {
        return switch (channel) {
            case ONLINE -> "online";
            case FAX -> "by fax";
            case LETTER -> "by letter";
            case IN_PERSON -> "in person";
        };
    }

    private static String consultationName(EventKind kind) {
        return kind == EventKind.THIRD_PARTY_CONSULTED ? "third-party consultation" : "inter-agency consultation";
    }

    private static String article(EventKind kind) {
        return kind == EventKind.THIRD_PARTY_CONSULTED ? "art. 32" : "art. 33–34";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
