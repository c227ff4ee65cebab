package org.disclosurehub.agency;

/** Conditions on the agency list (GraphQL input AgencyFilter). */
public record AgencyFilter(String district, AgencyKind kind, String parentCode, String nameContains) {

    public static final AgencyFilter NONE = new AgencyFilter(null, null, null, null);
}
