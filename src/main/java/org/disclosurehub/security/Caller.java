package org.disclosurehub.security;

/**
 * The agency system behind an authenticated request.
 *
 * @param tokenId    public id of the token it sent (never the token): the actor in the audit trail
 * @param agencyCode the agency the token was issued to
 * @param role       what the token lets it write
 */
public record Caller(String tokenId, String agencyCode, Role role) {
}
