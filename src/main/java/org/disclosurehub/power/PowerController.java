package org.disclosurehub.power;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import org.disclosurehub.agency.Agency;
import org.disclosurehub.agency.AgencyDirectory;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code powers}, {@code power(code)}, a power's agency and history, and an agency's power count. */
@Controller
class PowerController {

    private static final Set<String> CURSOR_KEYS = Set.of("code");

    private final PowerRepository powers;
    private final AgencyDirectory agencies;
    private final QueryLimitProperties limits;

    PowerController(PowerRepository powers, AgencyDirectory agencies, QueryLimitProperties limits) {
        this.powers = powers;
        this.agencies = agencies;
        this.limits = limits;
    }

    @QueryMapping
    DataFetcherResult<Window<Power>> powers(@Argument PowerFilter filter, @Argument Integer first,
            ScrollSubrange subrange) {
        PowerFilter f = filter == null ? PowerFilter.NONE : filter;
        Page page = Page.of(subrange, first, limits, CURSOR_KEYS);
        return page.window(powers.page(f, page), p -> Map.of("code", p.code()), () -> powers.count(f));
    }

    @QueryMapping
    Power power(@Argument String code) {
        return powers.find(code).orElse(null);
    }

    @BatchMapping
    Map<Power, Agency> agency(List<Power> items) {
        return agencies.agenciesOf(items, Power::agencyCode);
    }

    @BatchMapping
    Map<Power, List<PowerChange>> history(List<Power> items) {
        Map<String, List<PowerChange>> histories = powers.histories(items.stream().map(Power::code).toList());
        Map<Power, List<PowerChange>> result = new LinkedHashMap<>();
        items.forEach(p -> result.put(p, histories.getOrDefault(p.code(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "PowerChange")
    Map<PowerChange, Agency> fromAgency(List<PowerChange> changes) {
        return agencies.agenciesOf(changes, PowerChange::fromAgencyCode);
    }

    @BatchMapping(typeName = "PowerChange")
    Map<PowerChange, Agency> toAgency(List<PowerChange> changes) {
        return agencies.agenciesOf(changes, PowerChange::toAgencyCode);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, Integer> powerCount(List<Agency> items) {
        Map<String, Integer> counts = powers.activeCounts(items.stream().map(Agency::code).toList());
        Map<Agency, Integer> result = new LinkedHashMap<>();
        items.forEach(a -> result.put(a, counts.getOrDefault(a.code(), 0)));
        return result;
    }

}
