package org.disclosurehub.support;

import org.disclosurehub.security.Role;
import org.disclosurehub.security.TokenStore;

/**
 * Tokens of the callers write tests play, over {@link WriteData}'s agencies: the department's
 * publishing system ("ours"), the township's ("another agency's"), the department's caseworkers'
 * (the wrong role), the street office's (which covers its enforcement team), and the district's
 * ADMIN.
 */
public record Personas(String own, String other, String wrongRole, String streetOffice, String admin) {

    public static Personas issue(TokenStore tokens) {
        return new Personas(tokens.issue(DatasetBuilder.DEPARTMENT, Role.PUBLISHER, "test: own agency").token(),
                tokens.issue(DatasetBuilder.TOWNSHIP, Role.PUBLISHER, "test: other agency").token(),
                tokens.issue(DatasetBuilder.DEPARTMENT, Role.CASEWORKER, "test: wrong role").token(),
                tokens.issue(DatasetBuilder.STREET_OFFICE, Role.PUBLISHER, "test: street office").token(),
                tokens.issue(DatasetBuilder.GOVERNMENT, Role.ADMIN, "test: district").token());
    }
}
