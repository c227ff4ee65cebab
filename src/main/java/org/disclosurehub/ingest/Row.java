package org.disclosurehub.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One record of a dataset file with typed, validating accessors. Each accessor that finds a
 * problem records it against this row and column and returns null, so one pass reports every
 * problem of the row.
 */
final class Row {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");

    private final String file;
    private final int number;
    private final Map<String, Integer> header;
    private final List<String> values;
    private final ErrorSink errors;
    private boolean ok = true;

    Row(String file, int number, Map<String, Integer> header, List<String> values, ErrorSink errors) {
        this.file = file;
        this.number = number;
        this.header = header;
        this.values = values;
        this.errors = errors;
    }

    int number() {
        return number;
    }

    boolean ok() {
        return ok;
    }

    void error(String column, String message) {
        ok = false;
        errors.add(file, number, column, message);
    }

    /** The raw value, or null if the field is empty or the optional column is absent. */
    String raw(String column) {
        Integer i = header.get(column);
        if (i == null) {
            return null;
        }
        String v = values.get(i);
        return v.isEmpty() ? null : v;
    }

    String text(String column, int maxLength) {
        String v = raw(column);
        if (v != null && v.codePointCount(0, v.length()) > maxLength) {
            error(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return v;
    }

    String required(String column, int maxLength) {
        String v = raw(column);
        if (v == null || v.isBlank()) {
            error(column, "is required");
            return null;
        }
        return text(column, maxLength);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required; one of " + names(type));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            error(column, "'" + abbreviate(v) + "' is not one of " + names(type));
            return null;
        }
    }

    LocalDate date(String column, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required (a date, yyyy-MM-dd)");
            }
            return null;
        }
        if (DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                // not a real day, e.g. 2025-02-30
            }
        }
        error(column, "'" + abbreviate(v) + "' is not a date (yyyy-MM-dd)");
        return null;
    }

    OffsetDateTime timestamp(String column, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required (ISO-8601 with offset, e.g. 2024-03-05T09:30:00+08:00)");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "'" + abbreviate(v) + "' is not a timestamp with offset (e.g. 2024-03-05T09:30:00+08:00)");
            return null;
        }
    }

    Boolean bool(String column, boolean required, Boolean absent) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required (true or false)");
            }
            return absent;
        }
        if (v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("false")) {
            return Boolean.FALSE;
        }
        error(column, "'" + abbreviate(v) + "' is not true or false");
        return absent;
    }

    BigDecimal amount(String column, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required (yuan, at most 2 decimals)");
            }
            return null;
        }
        if (!AMOUNT.matcher(v).matches()) {
            error(column, "'" + abbreviate(v) + "' is not an amount in yuan with at most 2 decimals (e.g. 1500.00)");
            return null;
        }
        return new BigDecimal(v);
    }

    String uscc(String column, boolean required) {
        return uscc(column, required, true);
    }

    /**
     * A credit code that may hold personal data by mistake (a party's code column given a natural
     * person's ID number): the message does not quote the value.
     */
    String usccUnquoted(String column, boolean required) {
        return uscc(column, required, false);
    }

    private String uscc(String column, boolean required, boolean quote) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "is required (an 18-character unified social credit code)");
            }
            return null;
        }
        String problem = Uscc.problem(v);
        if (problem != null) {
            error(column, (quote ? "'" + abbreviate(v) + "' is not valid: " : "is not valid: ")
                    + (quote ? problem : problem.replaceAll(" \\('.'\\)", "")));
            return null;
        }
        return v;
    }

    List<String> list(String column) {
        String v = raw(column);
        return v == null ? List.of() : Arrays.asList(v.split("\\|", -1));
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
