package org.disclosurehub.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.calendar.LegalTime;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code officers}, {@code credentialCheck}, and the personnel counts of an agency. */
@Controller
class OfficerController {

    private static final Set<String> CURSOR_KEYS = Set.of("no");
    private static final int MAX_CREDENTIAL_LENGTH = 64;

    private final OfficerRepository officers;
    private final CredentialChecker checker;
    private final AgencyDirectory agencies;
    private final QueryLimitProperties limits;
    private final Clock clock;

    OfficerController(OfficerRepository officers, CredentialChecker checker, AgencyDirectory agencies,
            QueryLimitProperties limits, Clock clock) {
        this.officers = officers;
        this.checker = checker;
        this.agencies = agencies;
        this.limits = limits;
        this.clock = clock;
    }

    @QueryMapping
    DataFetcherResult<Window<StaffMember>> officers(@Argument OfficerFilter filter, @Argument Integer first,
            ScrollSubrange subrange) {
        OfficerFilter f = filter == null ? OfficerFilter.NONE : filter;
        Page page = Page.of(subrange, first, limits, CURSOR_KEYS);
        LocalDate today = LegalTime.today(clock);
        List<StaffMember> members = officers.page(f, page).stream().map(o -> StaffMember.of(o, today)).toList();
        return page.window(members, m -> Map.of("no", m.sortKey()), () -> officers.count(f));
    }

    @QueryMapping
    CredentialCheck credentialCheck(@Argument String credentialNo) {
        if (credentialNo.isBlank() || credentialNo.length() > MAX_CREDENTIAL_LENGTH) {
            throw HubException.badInput("credentialNo must be 1 to " + MAX_CREDENTIAL_LENGTH + " characters.");
        }
        return checker.check(credentialNo);
    }

    @BatchMapping(typeName = "CredentialCheck")
    Map<CredentialCheck, Agency> agency(List<CredentialCheck> checks) {
        return agencies.agenciesOf(checks, CredentialCheck::agencyCode);
    }

    @BatchMapping(typeName = "EnforcementOfficer", field = "agency")
    Map<EnforcementOfficer, Agency> officerAgency(List<EnforcementOfficer> members) {
        return agencies.agenciesOf(members, EnforcementOfficer::agencyCode);
    }

    @BatchMapping(typeName = "AuxiliaryStaff", field = "agency")
    Map<AuxiliaryStaff, Agency> auxiliaryAgency(List<AuxiliaryStaff> members) {
        return agencies.agenciesOf(members, AuxiliaryStaff::agencyCode);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, Integer> officerCount(List<Agency> items) {
        return counts(items, 0);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, Integer> auxiliaryStaffCount(List<Agency> items) {
        return counts(items, 1);
    }

    private Map<Agency, Integer> counts(List<Agency> items, int column) {
        Map<String, int[]> counts = officers.counts(items.stream().map(Agency::code).toList(), LegalTime.today(clock));
        Map<Agency, Integer> result = new LinkedHashMap<>();
        items.forEach(a -> result.put(a, counts.containsKey(a.code()) ? counts.get(a.code())[column] : 0));
        return result;
    }

}
