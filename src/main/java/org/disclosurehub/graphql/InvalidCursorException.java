package org.disclosurehub.graphql;

/** An {@code after} cursor that this hub did not issue for this list. */
public final class InvalidCursorException extends HubException {

    static final InvalidCursorException INSTANCE = new InvalidCursorException();

    private InvalidCursorException() {
        super(ErrorCode.BAD_USER_INPUT, "after is not a cursor of this list; use pageInfo.endCursor from a previous page.");
    }
}
