package org.disclosurehub.request.report;

import java.util.List;
import java.util.Map;

import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code annualReport} and {@code applicationStatistics}. */
@Controller
class ReportController {

    private final AnnualReports reports;
    private final Statistics statistics;
    private final AgencyDirectory agencies;

    ReportController(AnnualReports reports, Statistics statistics, AgencyDirectory agencies) {
        this.reports = reports;
        this.statistics = statistics;
        this.agencies = agencies;
    }

    @QueryMapping
    AnnualReport annualReport(@Argument int year, @Argument String agencyCode, @Argument String district) {
        return reports.report(year, agencyCode, district);
    }

    @QueryMapping
    List<ApplicationStatistics> applicationStatistics(@Argument int year, @Argument String agencyCode) {
        return statistics.of(year, agencyCode);
    }

    @SchemaMapping(typeName = "AnnualReport", field = "agencies")
    List<Agency> reportAgencies(AnnualReport report) {
        Map<String, Agency> found = agencies.findAll(report.agencyCodes());
        return report.agencyCodes().stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @BatchMapping(typeName = "ApplicationStatistics", field = "agency")
    Map<ApplicationStatistics, Agency> statisticsAgency(List<ApplicationStatistics> items) {
        return agencies.agenciesOf(items, ApplicationStatistics::agencyCode);
    }
}
