package org.disclosurehub.agency;

import org.disclosurehub.security.Role;
import org.disclosurehub.security.WriteAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code updateAgency}: only the agency's own system (or its street office's, for a team) or ADMIN. */
@Controller
class AgencyMutationController {

    private final WriteAccess access;
    private final AgencyWrites writes;

    AgencyMutationController(WriteAccess access, AgencyWrites writes) {
        this.access = access;
        this.writes = writes;
    }

    @MutationMapping
    AgencyPayload updateAgency(@Argument UpdateAgencyInput input) {
        access.require(Role.PUBLISHER, input.code());
        return writes.update(input);
    }
}
