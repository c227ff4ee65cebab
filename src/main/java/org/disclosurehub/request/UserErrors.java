package org.disclosurehub.request;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.UserError;

/** Builds the {@link UserError}s of the application mutations. */
final class UserErrors {

    private UserErrors() {
    }

    /** @param path where the field is, e.g. {@code "input", "description"}: the error names the last part */
    static UserError of(String message, ErrorCode code, String... path) {
        return new UserError(path.length == 0 ? null : path[path.length - 1], message, code);
    }
}
