package org.disclosurehub.security;

import java.util.Map;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import org.disclosurehub.graphql.HubException;
import org.disclosurehub.graphql.Page;
import org.disclosurehub.graphql.QueryLimitProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code auditTrail}: ADMIN only, newest first. */
@Controller
class AuditController {

    private static final Set<String> CURSOR_KEYS = Set.of("id");

    private final AuditRepository trail;
    private final WriteAccess access;
    private final QueryLimitProperties limits;

    AuditController(AuditRepository trail, WriteAccess access, QueryLimitProperties limits) {
        this.trail = trail;
        this.access = access;
        this.limits = limits;
    }

    @QueryMapping
    DataFetcherResult<Window<AuditEntry>> auditTrail(@Argument AuditRepository.AuditFilter filter, @Argument Integer first,
            ScrollSubrange subrange) {
        access.require(Role.ADMIN, null);
        Page page = Page.of(subrange, first, limits, CURSOR_KEYS);
        Long before = null;
        if (!page.first()) {
            try {
                before = Long.valueOf(page.afterString("id"));
            } catch (NumberFormatException e) {
                throw HubException.badInput("after is not a cursor of this list; use pageInfo.endCursor from a previous page.");
            }
        }
        return page.window(trail.page(filter == null ? AuditRepository.AuditFilter.NONE : filter, before, page.size()),
                e -> Map.of("id", Long.toString(e.id())), () -> 0L);
    }
}
