package org.disclosurehub.graphql;

/** The machine-readable {@code extensions.code} of every error the hub returns. */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    RATE_LIMITED,
    QUERY_TOO_COMPLEX,
    TIMEOUT,
    INTERNAL
}
