package org.disclosurehub.security;

import java.util.Optional;

import org.disclosurehub.graphql.ErrorCode;
import org.disclosurehub.graphql.HubException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may write what. Every write asks it first, with the role the write needs and the agency
 * whose record it touches.
 *
 * <p>Scope: a token covers the agency it was issued to and that agency's enforcement teams
 * (综合行政执法队: agencies of kind ENFORCEMENT_TEAM whose parent is it). A team decides nothing
 * in its own name; its street office or township decides, publishes and answers for the cases
 * the team handles and employs its officers, so the street office's system writes the team's
 * records too. A team's own token covers only the team. ADMIN (district level) passes every
 * check, whatever the role and the agency.
 */
@Component
public class WriteAccess {

    private final JdbcClient jdbc;

    WriteAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency system behind the current request, if it sent a valid token. */
    public Optional<Caller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof CallerAuthentication c ? Optional.of(c.caller()) : Optional.empty();
    }

    /**
     * The current caller, if it may write the records of {@code agencyCode} in {@code role}.
     *
     * @param agencyCode the agency whose record is written; null checks only the credential and the role
     * @throws HubException UNAUTHENTICATED without a (valid) token; FORBIDDEN for the wrong role or an
     *                      agency outside the token's scope
     */
    public Caller require(Role role, String agencyCode) {
        Caller caller = current().orElseThrow(() -> new HubException(ErrorCode.UNAUTHENTICATED,
                "This needs an agency credential: send it as `Authorization: Bearer <token>`."));
        if (caller.role() == Role.ADMIN) {
            return caller;
        }
        if (caller.role() != role) {
            throw new HubException(ErrorCode.FORBIDDEN, "This needs a " + role + " credential; this one is "
                    + caller.role() + ".");
        }
        if (agencyCode != null && !covers(caller, agencyCode)) {
            throw new HubException(ErrorCode.FORBIDDEN, "This credential is for agency " + caller.agencyCode()
                    + " and its enforcement teams; it cannot write the records of agency " + agencyCode + ".");
        }
        return caller;
    }

    /** Whether the caller may write the records of this agency (see the class comment). */
    public boolean covers(Caller caller, String agencyCode) {
        if (caller.role() == Role.ADMIN || caller.agencyCode().equals(agencyCode)) {
            return true;
        }
        return jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = ? AND parent_code = ? AND kind = 'ENFORCEMENT_TEAM'")
                .params(agencyCode, caller.agencyCode()).query(Integer.class).single() > 0;
    }
}
