package org.disclosurehub.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A token as a request sent it, not yet checked. Its text never appears in toString or logs. */
final class BearerToken extends AbstractAuthenticationToken {

    private final String token;

    BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}
