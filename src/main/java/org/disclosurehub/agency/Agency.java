package org.disclosurehub.agency;

/**
 * An administrative organ or enforcement body (行政执法主体) and what 公示办法 art. 5(1) makes it
 * publish about itself.
 */
public record Agency(
        String code,
        String name,
        AgencyKind kind,
        String parentCode,
        String district,
        String address,
        String officeHours,
        String consultPhone,
        String supervisionPhone,
        String website,
        String functions) {
}
