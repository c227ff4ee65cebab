package org.disclosurehub.agency;

import java.util.List;

import org.disclosurehub.graphql.UserError;

/** {@code AgencyPayload}. */
record AgencyPayload(Agency agency, List<UserError> userErrors) {

    static AgencyPayload refused(List<UserError> errors) {
        return new AgencyPayload(null, errors);
    }
}
