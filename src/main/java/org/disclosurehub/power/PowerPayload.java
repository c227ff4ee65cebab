package org.disclosurehub.power;

import java.util.List;

import org.disclosurehub.graphql.UserError;

/** {@code PowerPayload}. */
record PowerPayload(Power power, List<UserError> userErrors) {

    static PowerPayload refused(List<UserError> errors) {
        return new PowerPayload(null, errors);
    }

    static PowerPayload refused(UserError error) {
        return new PowerPayload(null, List.of(error));
    }
}
