package org.disclosurehub.graphql;

/**
 * A problem with a mutation's input, returned in its payload's {@code userErrors}: nothing was
 * written. Messages name the field and what is wrong, never quote personal data.
 *
 * @param field the input field at fault (schema spelling), or null for the input as a whole
 */
public record UserError(String field, String message, ErrorCode code) {

    public static UserError badInput(String field, String message) {
        return new UserError(field, message, ErrorCode.BAD_USER_INPUT);
    }

    public static UserError notFound(String field, String message) {
        return new UserError(field, message, ErrorCode.NOT_FOUND);
    }

    public static UserError conflict(String field, String message) {
        return new UserError(field, message, ErrorCode.CONFLICT);
    }
}
