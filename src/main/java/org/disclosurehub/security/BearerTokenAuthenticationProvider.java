package org.disclosurehub.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks agency tokens against the {@link TokenStore}. Being an AuthenticationProvider bean it
 * also keeps Spring Boot from creating its default user with a generated password.
 */
@Component
class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private final TokenStore tokens;

    BearerTokenAuthenticationProvider(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerToken) authentication).token();
        return tokens.authenticate(token).map(CallerAuthentication::new).orElseThrow(() -> new BadCredentialsException(
                "The credential is not valid: it is unknown, mistyped or revoked."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
