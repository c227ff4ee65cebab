package org.disclosurehub.request.report;

import java.time.LocalDate;
import java.util.List;

import org.disclosurehub.request.Outcome;

/** One agency's handling of applications in a year (GraphQL {@code ApplicationStatistics}). */
public record ApplicationStatistics(String agencyCode, int year, LocalDate asOf, int received, int concluded,
        int answered, int answeredOnTime, Double onTimeShare, Double medianWorkingDaysToAnswer, Double extensionRate,
        Double correctionRate, List<OutcomeCount> outcomes, int overdueOpen) {

    /** How many concluded applications ended with an outcome. */
    public record OutcomeCount(Outcome outcome, String label, int count) {
    }
}
