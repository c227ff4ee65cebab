package org.disclosurehub.security;

/** What an agency credential lets its holder write. */
public enum Role {
    /** Disclosure data (公示): agency details, powers lists, officers' credentials, penalty decisions, imports. */
    PUBLISHER,
    /** Disclosure applications (依申请公开): registering, handling and answering them. */
    CASEWORKER,
    /** District level: every agency, every role, and the working-day calendar. */
    ADMIN
}
