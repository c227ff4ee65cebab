package org.disclosurehub.graphql;

/**
 * An error whose message is written for the client: it names the argument and what is wrong
 * with it, and never carries SQL, stack traces or personal data.
 */
public class HubException extends RuntimeException {

    private final ErrorCode code;

    public HubException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static HubException badInput(String message) {
        return new HubException(ErrorCode.BAD_USER_INPUT, message);
    }
}
