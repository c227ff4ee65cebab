package org.disclosurehub.officer;

/** Whether a card is valid on a given day, and if not, why. */
public enum CredentialValidity {
    VALID, NOT_YET_VALID, EXPIRED, SUSPENDED, REVOKED
}
