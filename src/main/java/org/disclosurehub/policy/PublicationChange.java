package org.disclosurehub.policy;

import java.time.Instant;

/**
 * One entry of the change feed for mirroring portals. Tombstones (withdrawals, removals,
 * expiries) carry only the decision number and the agency, never the party.
 *
 * @param kind PUBLISHED, CORRECTED, WITHDRAWN, REMOVED or EXPIRED
 */
public record PublicationChange(Instant at, String kind, String decisionNo, String agencyCode) {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String CORRECTED = "CORRECTED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String REMOVED = "REMOVED";
    public static final String EXPIRED = "EXPIRED";
}
