package org.disclosurehub.power;

/** Conditions on the powers list (GraphQL input PowerFilter). */
public record PowerFilter(String agencyCode, PowerCategory category, Boolean randomInspection, PowerStatus status,
        String nameContains) {

    public static final PowerFilter NONE = new PowerFilter(null, null, null, null, null);
}
