package org.disclosurehub.power;

/** A field with the value it held before a change. */
public record FieldValue(String field, String value) {
}
