package org.disclosurehub.request.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosurehub.request.EventKind.AGENCY_CONSULTED;
import static org.disclosurehub.request.EventKind.AGENCY_REPLIED;
import static org.disclosurehub.request.EventKind.ANSWERED;
import static org.disclosurehub.request.EventKind.CORRECTED;
import static org.disclosurehub.request.EventKind.CORRECTION_REQUESTED;
import static org.disclosurehub.request.EventKind.DELAY_NOTIFIED;
import static org.disclosurehub.request.EventKind.EXTENDED;
import static org.disclosurehub.request.EventKind.FEE_NOTICE;
import static org.disclosurehub.request.EventKind.FEE_PAID;
import static org.disclosurehub.request.EventKind.RECEIVED;
import static org.disclosurehub.request.EventKind.REVIEW_DECIDED;
import static org.disclosurehub.request.EventKind.REVIEW_FILED;
import static org.disclosurehub.request.EventKind.THIRD_PARTY_CONSULTED;
import static org.disclosurehub.request.EventKind.THIRD_PARTY_REPLIED;
import static org.disclosurehub.request.EventKind.WITHDRAWN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.disclosurehub.request.Channel;
import org.disclosurehub.request.EventKind;
import org.disclosurehub.request.Outcome;
import org.disclosurehub.request.ReviewKind;
import org.disclosurehub.request.ReviewResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statutory clocks on the official 2024 and 2025 schedules. Every expected date was counted
 * by hand on the State Council's notices; the comments show the count.
 */
class DeadlineEngineTest {

    private static final OfficialCalendar CALENDAR = OfficialCalendar.load();

    /** An application submitted online at 09:00 on its first step's day, with the given steps. */
    private static final class History {
        private final LocalDateTime submitted;
        private final List<Step> steps = new ArrayList<>();
        private WorkCalendar calendar = CALENDAR;
        private Channel channel = Channel.ONLINE;

        History(String submittedOn) {
            this.submitted = LocalDate.parse(submittedOn).atTime(9, 0);
        }

        History submittedAt(LocalDateTime at) {
            return new History(at);
        }

        private History(LocalDateTime at) {
            this.submitted = at;
        }

        History on(String day, EventKind kind) {
            return on(day, kind, null, null);
        }

        History on(String day, EventKind kind, String outcome, String detail) {
            steps.add(new Step(LocalDate.parse(day).atTime(10, steps.size()), kind, outcome, detail, steps.size()));
            return this;
        }

        History answered(String day, Outcome outcome) {
            return on(day, ANSWERED, outcome.name(), "答复");
        }

        History calendar(WorkCalendar c) {
            this.calendar = c;
            return this;
        }

        History channel(Channel c) {
            this.channel = c;
            return this;
        }

        Life life() {
            return DeadlineEngine.derive(channel, submitted, steps, calendar);
        }
    }

    private static History receivedOn(String day) {
        return new History(day).on(day, RECEIVED);
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Nested
    class TwentyWorkingDaysFromReceipt {

        @Test
        void acrossTheSpringFestival2025WithItsWorkedSaturday() {
            // received Mon 27 Jan; 28 Jan–4 Feb off; 5,6,7 Feb = 1–3, Sat 8 Feb worked = 4,
            // 10–14 Feb = 5–9, 17–21 = 10–14, 24–28 = 15–19, Mon 3 Mar = 20
            Life life = receivedOn("2025-01-27").life();
            assertThat(life.dueDate()).isEqualTo(d("2025-03-03"));
            assertThat(life.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
            assertThat(life.dueDateProvisional()).isFalse();
            assertThat(life.explanation()).isEqualTo("20 working days from receipt on 2025-01-27; due 2025-03-03.");
        }

        @Test
        void countingStartsTheDayAfterReceiptEvenWhenThatDayIsAWorkedSunday() {
            // received Sat 25 Jan; Sun 26 Jan (调休) = 1, Mon 27 = 2, 5–7 Feb = 3–5, Sat 8 = 6,
            // 10–14 = 7–11, 17–21 = 12–16, 24–27 Feb = 17–20
            assertThat(receivedOn("2025-01-25").life().dueDate()).isEqualTo(d("2025-02-27"));
        }

        @Test
        void acrossNationalDay2024WithBothWorkedWeekendDays() {
            // received Fri 27 Sep; Sun 29 Sep worked = 1, Mon 30 = 2, 1–7 Oct off, 8–11 Oct = 3–6,
            // Sat 12 Oct worked = 7, 14–18 = 8–12, 21–25 = 13–17, 28–30 Oct = 18–20
            assertThat(receivedOn("2024-09-27").life().dueDate()).isEqualTo(d("2024-10-30"));
        }

        @Test
        void acrossNationalDayAndMidAutumn2025() {
            // received Fri 26 Sep; Sun 28 Sep worked = 1, 29–30 Sep = 2–3, 1–8 Oct off, 9–10 Oct = 4–5,
            // Sat 11 Oct worked = 6, 13–17 = 7–11, 20–24 = 12–16, 27–30 Oct = 17–20
            assertThat(receivedOn("2025-09-26").life().dueDate()).isEqualTo(d("2025-10-30"));
        }

        @Test
        void onAPlainMondayToFridayWeekTheSameReceiptWouldBeDueFiveDaysEarlier() {
            WorkCalendar mondayToFriday = new WorkCalendar() {
                @Override
                public boolean isWorkingDay(LocalDate day) {
                    return day.getDayOfWeek().getValue() <= 5;
                }

                @Override
                public boolean knows(int year) {
                    return true;
                }
            };
            assertThat(receivedOn("2024-09-27").calendar(mondayToFriday).life().dueDate()).isEqualTo(d("2024-10-25"));
        }

        @Test
        void aYearWithoutCalendarDataIsFlaggedNotSilentlyAssumed() {
            Life life = receivedOn("2026-12-21").life();
            // Mon–Fri in 2027 is only a guess: 22–31 Dec 2026 = 8 working days, then 12 in January 2027
            assertThat(life.calendarGaps()).containsExactly(2027);
            assertThat(life.dueDateProvisional()).isTrue();
            assertThat(life.explanation()).contains("holiday schedule for 2027 is not loaded");
        }
    }

    @Nested
    class ReceiptBeforeConfirmation {

        @Test
        void anOnlineApplicationAfterOfficeHoursIsAssumedReceivedTheNextWorkingDay() {
            // 18:30 on Mon 27 Jan 2025; next working day Wed 5 Feb; 20 working days later Tue 4 Mar
            Life life = new History("2025-01-27").submittedAt(LocalDateTime.parse("2025-01-27T18:30")).life();
            assertThat(life.status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(life.receivedOn()).isNull();
            assertThat(life.dueDate()).isEqualTo(d("2025-03-04"));
            assertThat(life.dueDateProvisional()).isTrue();
            assertThat(life.explanation()).startsWith("Provisional: 20 working days from receipt, assumed on 2025-02-05")
                    .contains("art. 31");
        }

        @Test
        void aSaturdayApplicationIsAssumedReceivedOnTheWorkedSunday() {
            Life life = new History("2025-01-25").submittedAt(LocalDateTime.parse("2025-01-25T10:00")).life();
            assertThat(life.explanation()).contains("assumed on 2025-01-26");
            assertThat(life.dueDate()).isEqualTo(d("2025-02-28"));
        }

        @Test
        void receiptConfirmationFixesTheDueDate() {
            Life life = new History("2025-01-27").submittedAt(LocalDateTime.parse("2025-01-27T18:30"))
                    .on("2025-02-05", RECEIVED).life();
            assertThat(life.receivedOn()).isEqualTo(d("2025-02-05"));
            assertThat(life.dueDateProvisional()).isFalse();
        }

        @Test
        void aStepBeforeReceiptIsRefused() {
            Life life = new History("2025-01-27").on("2025-01-27", EXTENDED, null, "复杂").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("RECEIVED comes first");
        }

        @Test
        void receiptIsRecordedOnce() {
            Life life = receivedOn("2025-01-27").on("2025-01-28", RECEIVED).life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("already received on 2025-01-27");
        }
    }

    @Nested
    class Correction {

        @Test
        void theClockRestartsFromTheDayTheCorrectionArrives() {
            // corrected Fri 14 Feb 2025: 17–21 Feb = 1–5, 24–28 = 6–10, 3–7 Mar = 11–15, 10–14 Mar = 16–20
            Life life = receivedOn("2025-01-27")
                    .on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28 请明确所需信息的名称、文号")
                    .on("2025-02-14", CORRECTED).life();
            assertThat(life.problems()).isEmpty();
            assertThat(life.clockStart()).isEqualTo(d("2025-02-14"));
            assertThat(life.dueDate()).isEqualTo(d("2025-03-14"));
            assertThat(life.explanation()).startsWith("20 working days from the correction received on 2025-02-14");
        }

        @Test
        void whileTheCorrectionIsAwaitedTheClockIsStopped() {
            Life life = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28").life();
            assertThat(life.status()).isEqualTo(ApplicationStatus.AWAITING_CORRECTION);
            assertThat(life.dueDate()).isNull();
            assertThat(life.explanation()).contains("clock stopped").contains("2025-02-28");
        }

        @Test
        void theNoticeMustGoOutWithinSevenWorkingDaysOfReceipt() {
            // received 27 Jan 2025: 5,6,7,8,10,11,12 Feb are working days 1–7, so 12 Feb is the last day
            assertThat(receivedOn("2025-01-27").on("2025-02-12", CORRECTION_REQUESTED, null, "2025-03-05").life().problems())
                    .isEmpty();
            Life late = receivedOn("2025-01-27").on("2025-02-13", CORRECTION_REQUESTED, null, "2025-03-06").life();
            assertThat(late.problems()).singleElement().satisfies(p -> {
                assertThat(p.column()).isEqualTo("at");
                assertThat(p.message()).contains("within 7 working days").contains("by 2025-02-12");
            });
        }

        @Test
        void oneNoticeListsEveryItem() {
            Life life = receivedOn("2025-01-27")
                    .on("2025-02-05", CORRECTION_REQUESTED, null, "2025-02-26")
                    .on("2025-02-06", CORRECTION_REQUESTED, null, "2025-02-27").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("one notice");
        }

        @Test
        void withoutACorrectionByTheAnswerByDateTheApplicationLapses() {
            Life life = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28").life();
            assertThat(life.statusOn(d("2025-02-28"))).isEqualTo(ApplicationStatus.AWAITING_CORRECTION);
            assertThat(life.outcomeOn(d("2025-02-28"))).isNull();
            assertThat(life.statusOn(d("2025-03-01"))).isEqualTo(ApplicationStatus.LAPSED);
            assertThat(life.outcomeOn(d("2025-03-01"))).isEqualTo(Outcome.OTHER_NO_CORRECTION);
            assertThat(life.concludedOn(d("2025-06-30"))).isEqualTo(d("2025-03-01"));
        }

        @Test
        void aLateCorrectionIsRefusedButTheFormalLapseNoticeIsAccepted() {
            History h = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28");
            assertThat(h.on("2025-03-03", CORRECTED).life().problems()).singleElement()
                    .extracting(StepProblem::message).asString().contains("lapsed (OTHER_NO_CORRECTION)");
            Life noticed = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28")
                    .answered("2025-03-04", Outcome.OTHER_NO_CORRECTION).life();
            assertThat(noticed.problems()).isEmpty();
            assertThat(noticed.status()).isEqualTo(ApplicationStatus.LAPSED);
            assertThat(noticed.concludedOn()).isEqualTo(d("2025-03-01"));
            assertThat(noticed.answeredOnTime()).isNull();
        }

        @Test
        void noAnswerWhileTheApplicantMayStillCorrect() {
            Life life = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "2025-02-28")
                    .answered("2025-02-20", Outcome.OTHER_NO_CORRECTION).life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("has until 2025-02-28");
        }

        @Test
        void theNoticeNamesItsAnswerByDate() {
            Life life = receivedOn("2025-01-27").on("2025-02-07", CORRECTION_REQUESTED, null, "请补正").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::column).isEqualTo("detail");
        }
    }

    @Nested
    class Consultations {

        @Test
        void fifteenWorkingDaysOfThirdPartyConsultationAreNotCounted() {
            // consulted Mon 10 Feb 2025, replied Mon 3 Mar: 11–14, 17–21, 24–28 Feb, 3 Mar = 15 working days;
            // due = 35th working day after 27 Jan = 24 Mar
            Life life = receivedOn("2025-01-27").on("2025-02-10", THIRD_PARTY_CONSULTED)
                    .on("2025-03-03", THIRD_PARTY_REPLIED).life();
            assertThat(life.excludedDays()).isEqualTo(15);
            assertThat(life.dueDate()).isEqualTo(d("2025-03-24"));
            assertThat(life.explanation()).isEqualTo("20 working days from receipt on 2025-01-27; 15 working days of"
                    + " third-party consultation excluded (art. 32); due 2025-03-24.");
        }

        @Test
        void aLateReplyDoesNotStopTheClockBeyondFifteenWorkingDays() {
            Life life = receivedOn("2025-01-27").on("2025-02-10", THIRD_PARTY_CONSULTED)
                    .on("2025-03-10", THIRD_PARTY_REPLIED).life();
            assertThat(life.excludedDays()).isEqualTo(15);
            assertThat(life.dueDate()).isEqualTo(d("2025-03-24"));
        }

        @Test
        void anOpenConsultationCountsAtMostFifteenDays() {
            Life life = receivedOn("2025-01-27").on("2025-02-10", THIRD_PARTY_CONSULTED).life();
            assertThat(life.status()).isEqualTo(ApplicationStatus.IN_CONSULTATION);
            assertThat(life.dueDate()).isEqualTo(d("2025-03-24"));
            assertThat(life.explanation()).contains("open since 2025-02-10: up to 15 working days excluded");
        }

        @Test
        void overlappingConsultationsCountEachDayOnce() {
            // third party (10 Feb, 17 Feb] = 11,12,13,14,17; other agency (12 Feb, 19 Feb] = 13,14,17,18,19;
            // together 11,12,13,14,17,18,19 = 7 working days
            Life life = receivedOn("2025-01-27").on("2025-02-10", THIRD_PARTY_CONSULTED)
                    .on("2025-02-12", AGENCY_CONSULTED).on("2025-02-17", THIRD_PARTY_REPLIED)
                    .on("2025-02-19", AGENCY_REPLIED).life();
            assertThat(life.problems()).isEmpty();
            assertThat(life.excludedDays()).isEqualTo(7);
            assertThat(life.explanation()).contains("inter-agency consultation excluded (art. 33–34)")
                    .contains("7 working days excluded in all");
        }

        @Test
        void aReplyNeedsAnOpenConsultation() {
            assertThat(receivedOn("2025-01-27").on("2025-02-10", AGENCY_REPLIED).life().problems())
                    .singleElement().extracting(StepProblem::message).asString().contains("no inter-agency consultation is open");
        }
    }

    @Nested
    class Extension {

        @Test
        void oneExtensionOfTwentyWorkingDaysOnTopOfAConsultation() {
            // 35th working day after 27 Jan = 24 Mar; 20 more: 25–28 Mar, 31 Mar–3 Apr (4 Apr 清明 off),
            // 7–11, 14–18, 21–22 Apr
            Life life = receivedOn("2025-01-27").on("2025-02-10", THIRD_PARTY_CONSULTED)
                    .on("2025-03-03", THIRD_PARTY_REPLIED)
                    .on("2025-03-10", EXTENDED, null, "需要协调相关部门，延长20个工作日").life();
            assertThat(life.dueDate()).isEqualTo(d("2025-04-22"));
            assertThat(life.explanation()).isEqualTo("20 working days from receipt on 2025-01-27; 15 working days of"
                    + " third-party consultation excluded (art. 32); extended by 20 working days on 2025-03-10 (art. 33);"
                    + " due 2025-04-22.");
        }

        @Test
        void aShorterExtensionIsReadFromItsDetail() {
            // 3 Mar 2025 + 5 working days = 10 Mar
            Life life = receivedOn("2025-01-27").on("2025-02-20", EXTENDED, null, "延长5个工作日：材料较多").life();
            assertThat(life.extensionDays()).isEqualTo(5);
            assertThat(life.dueDate()).isEqualTo(d("2025-03-10"));
        }

        @Test
        void aSecondExtensionIsRefused() {
            Life life = receivedOn("2025-01-27").on("2025-02-20", EXTENDED, null, "延长10个工作日：材料较多")
                    .on("2025-02-21", EXTENDED, null, "延长10个工作日：仍需协调").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("one extension");
            assertThat(life.extensionDays()).isEqualTo(10);
        }

        @Test
        void moreThanTwentyDaysIsRefused() {
            Life life = receivedOn("2025-01-27").on("2025-02-20", EXTENDED, null, "延长25个工作日").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("at most 20 working days");
        }

        @Test
        void anExtensionAfterTheDueDateIsRefused() {
            Life life = receivedOn("2025-01-27").on("2025-03-04", EXTENDED, null, "延长20个工作日").life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("was due on 2025-03-03");
        }

        @Test
        void anArticle35DelaySetsALaterDueDate() {
            Life life = receivedOn("2025-01-27").on("2025-02-20", DELAY_NOTIFIED, null, "2025-04-30 申请数量明显超过合理范围").life();
            assertThat(life.dueDate()).isEqualTo(d("2025-04-30"));
            assertThat(life.explanation()).contains("delayed to 2025-04-30 by a notice on 2025-02-20 (art. 35)");
        }
    }

    @Nested
    class Fees {

        @Test
        void theDaysUntilPaymentAreNotCounted() {
            // received 27 Sep 2024, due 30 Oct; fee notice 8 Oct, paid 14 Oct: 9,10,11, Sat 12 (worked), 14 = 5;
            // 25th working day = 6 Nov
            Life life = receivedOn("2024-09-27").on("2024-10-08", FEE_NOTICE).on("2024-10-14", FEE_PAID).life();
            assertThat(life.excludedDays()).isEqualTo(5);
            assertThat(life.dueDate()).isEqualTo(d("2024-11-06"));
            assertThat(life.explanation()).contains("5 working days awaiting the fee excluded");
        }

        @Test
        void unpaidAfterTwentyWorkingDaysTheApplicationLapses() {
            // notice 8 Oct 2024: 9,10,11,12(worked),14–18,21–25,28–31 Oct, 1 Nov, 4 Nov = 20
            Life life = receivedOn("2024-09-27").on("2024-10-08", FEE_NOTICE).life();
            assertThat(life.status()).isEqualTo(ApplicationStatus.AWAITING_FEE);
            assertThat(life.dueDate()).isNull();
            assertThat(life.lapseAfter()).isEqualTo(d("2024-11-04"));
            assertThat(life.outcomeOn(d("2024-11-04"))).isNull();
            assertThat(life.outcomeOn(d("2024-11-05"))).isEqualTo(Outcome.OTHER_FEE_UNPAID);
        }

        @Test
        void aPaymentAfterTheDeadlineIsRefused() {
            Life life = receivedOn("2024-09-27").on("2024-10-08", FEE_NOTICE).on("2024-11-05", FEE_PAID).life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("not paid by 2024-11-04");
        }
    }

    @Nested
    class Answers {

        @Test
        void anAnswerOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
            Life onTime = receivedOn("2025-01-27").answered("2025-03-03", Outcome.DISCLOSED).life();
            assertThat(onTime.status()).isEqualTo(ApplicationStatus.ANSWERED);
            assertThat(onTime.answeredOnTime()).isTrue();
            assertThat(onTime.workingDaysToAnswer()).isEqualTo(20);
            Life late = receivedOn("2025-01-27").answered("2025-03-04", Outcome.DISCLOSED).life();
            assertThat(late.answeredOnTime()).isFalse();
        }

        @Test
        void anOpenApplicationPastItsDueDateIsOverdue() {
            Life life = receivedOn("2025-01-27").life();
            assertThat(life.overdueOn(d("2025-03-03"))).isFalse();
            assertThat(life.overdueOn(d("2025-03-04"))).isTrue();
        }

        @Test
        void aWithdrawnApplicationCannotBeAnswered() {
            Life life = receivedOn("2025-01-27").on("2025-02-05", WITHDRAWN).answered("2025-02-06", Outcome.DISCLOSED).life();
            assertThat(life.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
            assertThat(life.outcome()).isEqualTo(Outcome.OTHER);
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("withdrawn on 2025-02-05");
        }

        @Test
        void anAnsweredApplicationIsNotAnsweredAgain() {
            Life life = receivedOn("2025-01-27").answered("2025-02-06", Outcome.DISCLOSED)
                    .answered("2025-02-07", Outcome.PARTIALLY_DISCLOSED).life();
            assertThat(life.outcome()).isEqualTo(Outcome.DISCLOSED);
            assertThat(life.problems()).singleElement().extracting(StepProblem::message).asString()
                    .contains("answered on 2025-02-06");
        }

        @Test
        void theOutcomeMustBeOneOfTheContractList() {
            Life life = receivedOn("2025-01-27").on("2025-02-06", ANSWERED, "GRANTED", null).life();
            assertThat(life.problems()).singleElement().extracting(StepProblem::column).isEqualTo("outcome");
            assertThat(receivedOn("2025-01-27").on("2025-02-06", ANSWERED).life().problems()).hasSize(1);
            assertThat(receivedOn("2025-01-27").on("2025-02-06", CORRECTED, "DISCLOSED", null).life().problems())
                    .singleElement().extracting(StepProblem::message).asString().contains("must be empty");
        }

        @Test
        void lapseOutcomesNeedTheirLapse() {
            assertThat(receivedOn("2025-01-27").answered("2025-02-06", Outcome.OTHER_FEE_UNPAID).life().problems())
                    .hasSize(1);
            assertThat(receivedOn("2025-01-27").answered("2025-02-06", Outcome.OTHER_NO_CORRECTION).life().problems())
                    .hasSize(1);
        }
    }

    @Nested
    class Reviews {

        @Test
        void reconsiderationThenLitigationAfterIt() {
            Life life = receivedOn("2025-01-27").answered("2025-02-20", Outcome.WITHHELD_PROCESS_INFO)
                    .on("2025-03-20", REVIEW_FILED, null, "RECONSIDERATION")
                    .on("2025-05-20", REVIEW_DECIDED, "REVIEW_UPHELD", null)
                    .on("2025-06-03", REVIEW_FILED, null, "LITIGATION_AFTER_RECONSIDERATION").life();
            assertThat(life.problems()).isEmpty();
            assertThat(life.reviews()).containsExactly(
                    new Review(ReviewKind.RECONSIDERATION, d("2025-03-20"), d("2025-05-20"), ReviewResult.REVIEW_UPHELD),
                    new Review(ReviewKind.LITIGATION_AFTER_RECONSIDERATION, d("2025-06-03"), null, null));
        }

        @Test
        void litigationAfterReconsiderationNeedsAReconsideration() {
            Life life = receivedOn("2025-01-27").answered("2025-02-20", Outcome.DISCLOSED)
                    .on("2025-03-20", REVIEW_FILED, null, "LITIGATION_AFTER_RECONSIDERATION").life();
            assertThat(life.problems()).hasSize(1);
        }

        @Test
        void aDecisionNeedsAPendingReview() {
            assertThat(receivedOn("2025-01-27").on("2025-03-20", REVIEW_DECIDED, "REVIEW_OTHER", null).life().problems())
                    .singleElement().extracting(StepProblem::message).asString().contains("no review is pending");
        }
    }

    @Nested
    class CalendarChanges {

        @Test
        void anAddedHolidayReDatesAnOpenApplication() {
            Life before = receivedOn("2025-01-27").life();
            Life after = receivedOn("2025-01-27").calendar(CALENDAR.withHoliday(d("2025-02-14"))).life();
            assertThat(before.dueDate()).isEqualTo(d("2025-03-03"));
            assertThat(after.dueDate()).isEqualTo(d("2025-03-04"));
        }

        @Test
        void aHolidayOutsideTheCountedDaysChangesNothing() {
            Life after = receivedOn("2025-01-27").calendar(CALENDAR.withHoliday(d("2025-03-10"))).life();
            assertThat(after.dueDate()).isEqualTo(d("2025-03-03"));
        }
    }

    @Test
    void anInPersonApplicationIsDueFromItsReceiptLikeAnyOther() {
        Life life = receivedOn("2024-09-27").channel(Channel.IN_PERSON).life();
        assertThat(life.dueDate()).isEqualTo(d("2024-10-30"));
    }
}
