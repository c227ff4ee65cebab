package org.disclosurehub.agency;

/** What other records need to know of an agency they reference. */
public record AgencyRef(AgencyKind kind, String parentCode, String district) {
}
