package org.disclosurehub.officer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code changeCredentialStatus}. */
@Controller
class OfficerMutationController {

    private final OfficerWrites writes;

    OfficerMutationController(OfficerWrites writes) {
        this.writes = writes;
    }

    @MutationMapping
    StaffPayload changeCredentialStatus(@Argument OfficerWrites.ChangeCredentialStatusInput input) {
        return writes.changeStatus(input);
    }
}
