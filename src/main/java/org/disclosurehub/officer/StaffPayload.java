package org.disclosurehub.officer;

import java.util.List;

import org.disclosurehub.graphql.UserError;

/** {@code StaffPayload}. */
record StaffPayload(StaffMember staffMember, List<UserError> userErrors) {
}
