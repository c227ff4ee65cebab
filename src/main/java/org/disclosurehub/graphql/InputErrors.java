package org.disclosurehub.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a mutation's input, so the payload reports all of them at once, and
 * tidies text on the way (stripped; empty means absent). Messages quote no values.
 */
public final class InputErrors {

    private final List<UserError> errors = new ArrayList<>();

    public void add(UserError error) {
        errors.add(error);
    }

    public void badInput(String field, String message) {
        errors.add(UserError.badInput(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }

    /** Optional text: stripped, null when empty, refused when longer than {@code max} characters. */
    public String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.codePointCount(0, v.length()) > max) {
            badInput(field, "is longer than " + max + " characters");
        }
        return v;
    }

    /** Required text: as {@link #text}, refused when empty. */
    public String required(String field, String value, int max) {
        String v = text(field, value, max);
        if (v == null) {
            badInput(field, "is required");
        }
        return v;
    }

    /** A day on which something took effect: required, and not after today (what is recorded has happened). */
    public LocalDate notAfterToday(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            badInput(field, "is required");
        } else if (day.isAfter(today)) {
            badInput(field, "is after today (" + today + "): record a change once it has taken effect");
        }
        return day;
    }
}
