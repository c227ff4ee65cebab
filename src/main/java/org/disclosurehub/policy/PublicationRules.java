package org.disclosurehub.policy;

import java.time.LocalDate;
import java.time.Period;

/**
 * The switches and periods of the disclosure policy, as they apply to one agency.
 *
 * @param publishSimpleProcedure publish simple-procedure decisions (default no: 市场监督管理行政处罚
 *                               信息公示规定 art. 2 and provincial rules publish general-procedure ones)
 * @param publishWarningOnly     publish decisions whose only penalty is a warning (default no)
 * @param publishMinor           publish MINOR decisions, for {@code minorPeriod} (default no)
 * @param minorPeriod            how long a MINOR decision stays up when published: at most 3 months
 * @param generalPeriod          how long a GENERAL decision stays up (信用修复管理办法: 1 year)
 * @param seriousPeriod          how long a SERIOUS decision stays up (3 years)
 */
public record PublicationRules(
        boolean publishSimpleProcedure,
        boolean publishWarningOnly,
        boolean publishMinor,
        Period minorPeriod,
        Period generalPeriod,
        Period seriousPeriod) {

    static final Period MAX_MINOR_PERIOD = Period.ofMonths(3);
    public static final PublicationRules DEFAULTS = new PublicationRules(false, false, false, Period.ofMonths(3),
            Period.ofYears(1), Period.ofYears(3));

    public PublicationRules {
        if (!atMostThreeMonths(minorPeriod)) {
            throw new IllegalArgumentException("a MINOR decision may be published for at most 3 months, not " + minorPeriod);
        }
        for (Period p : new Period[] {minorPeriod, generalPeriod, seriousPeriod}) {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("publication periods must be positive, not " + p);
            }
        }
    }

    /**
     * Whether a period never reaches past 3 months, from whatever day it runs. Comparing months
     * alone lets day periods through (P100D has no months), and a period of months and days can
     * end later than 3 months from some days only (P2M30D from 30 November); so every day of four
     * consecutive years (every month length, a leap day, every month end) is tried.
     */
    static boolean atMostThreeMonths(Period period) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (LocalDate day = start; day.isBefore(start.plusYears(4)); day = day.plusDays(1)) {
            if (day.plus(period).isAfter(day.plus(MAX_MINOR_PERIOD))) {
                return false;
            }
        }
        return true;
    }

    public Period periodFor(Severity severity) {
        return switch (severity) {
            case MINOR -> minorPeriod;
            case GENERAL -> generalPeriod;
            case SERIOUS -> seriousPeriod;
        };
    }

    /** These rules with the settings an agency overrides. */
    public PublicationRules with(PolicyProperties.Overrides o) {
        return new PublicationRules(
                o.publishSimpleProcedure() != null ? o.publishSimpleProcedure() : publishSimpleProcedure,
                o.publishWarningOnly() != null ? o.publishWarningOnly() : publishWarningOnly,
                o.publishMinor() != null ? o.publishMinor() : publishMinor,
                o.minorPeriod() != null ? o.minorPeriod() : minorPeriod,
                o.generalPeriod() != null ? o.generalPeriod() : generalPeriod,
                o.seriousPeriod() != null ? o.seriousPeriod() : seriousPeriod);
    }
}
