package org.disclosurehub.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code agencies}, {@code agency(code)} and an agency's parent and children. */
@Controller
class AgencyController {

    private static final Set<String> CURSOR_KEYS = Set.of("name", "code");

    private final AgencyRepository agencies;
    private final AgencyDirectory directory;
    private final QueryLimitProperties limits;

    AgencyController(AgencyRepository agencies, AgencyDirectory directory, QueryLimitProperties limits) {
        this.agencies = agencies;
        this.directory = directory;
        this.limits = limits;
    }

    @QueryMapping
    DataFetcherResult<Window<Agency>> agencies(@Argument AgencyFilter filter, @Argument Integer first,
            ScrollSubrange subrange) {
        AgencyFilter f = filter == null ? AgencyFilter.NONE : filter;
        Page page = Page.of(subrange, first, limits, CURSOR_KEYS);
        return page.window(agencies.page(f, page), a -> Map.of("name", a.name(), "code", a.code()),
                () -> agencies.count(f));
    }

    @QueryMapping
    Agency agency(@Argument String code) {
        return directory.find(code).orElse(null);
    }

    @BatchMapping
    Map<Agency, Agency> parent(List<Agency> children) {
        Set<String> parentCodes = children.stream().map(Agency::parentCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Agency> parents = directory.findAll(parentCodes);
        Map<Agency, Agency> result = new LinkedHashMap<>();
        for (Agency child : children) {
            if (child.parentCode() != null && parents.containsKey(child.parentCode())) {
                result.put(child, parents.get(child.parentCode()));
            }
        }
        return result;
    }

    @BatchMapping
    Map<Agency, List<Agency>> children(List<Agency> parents) {
        Map<String, List<Agency>> byParent = agencies.childrenOf(parents.stream().map(Agency::code).toList())
                .stream().collect(Collectors.groupingBy(Agency::parentCode));
        Map<Agency, List<Agency>> result = new LinkedHashMap<>();
        for (Agency parent : parents) {
            result.put(parent, byParent.getOrDefault(parent.code(), List.of()));
        }
        return result;
    }
}
