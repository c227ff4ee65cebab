package org.disclosurehub.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows for one table in the text format LOAD DATA reads by default: UTF-8, fields separated by
 * tabs, rows ended by a line feed, {@code \N} for NULL and a backslash before a tab, line break,
 * carriage return, NUL or backslash inside a value. Values are written as the driver would bind
 * them (a date as {@code yyyy-MM-dd}, an amount as its plain decimal, a boolean as 1 or 0), so a
 * loaded row holds exactly what an INSERT of the same values would.
 */
public final class TsvFile implements AutoCloseable {

    private static final DateTimeFormatter DATETIME_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path path;
    private final String table;
    private final List<String> columns;
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private char[] chars = new char[1024];
    private int used;
    private long rows;
    private boolean closed;

    TsvFile(Path path, String table, List<String> columns) {
        this.path = path;
        this.table = table;
        this.columns = List.copyOf(columns);
        try {
            this.out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a load file", e);
        }
    }

    public String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    Path path() {
        return path;
    }

    public long rows() {
        return rows;
    }

    /** Appends a row: one value per column, in the order the file was created with. */
    public void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put('\t');
                }
                value(values[i]);
            }
            put('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a load file", e);
        }
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            ascii("\\N");
        } else if (v instanceof String s) {
            text(s);
        } else if (v instanceof Boolean b) {
            put(b ? '1' : '0');
        } else if (v instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (v instanceof LocalDate d) {
            date(d);
        } else if (v instanceof LocalDateTime t) {
            ascii(DATETIME_MILLIS.format(t));
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            ascii(v.toString());
        } else if (v instanceof Enum<?> e) {
            text(e.name());
        } else {
            throw new IllegalArgumentException(table + ": cannot write a " + v.getClass().getSimpleName());
        }
    }

    /** yyyy-MM-dd, as LocalDate.toString writes a four-digit year, without a String per date. */
    private void date(LocalDate d) throws IOException {
        int y = d.getYear();
        if (y < 1000 || y > 9999) {
            ascii(d.toString());
            return;
        }
        if (used + 10 > buffer.length) {
            flush();
        }
        byte[] b = buffer;
        int u = used;
        b[u++] = (byte) ('0' + y / 1000);
        b[u++] = (byte) ('0' + y / 100 % 10);
        b[u++] = (byte) ('0' + y / 10 % 10);
        b[u++] = (byte) ('0' + y % 10);
        b[u++] = '-';
        b[u++] = (byte) ('0' + d.getMonthValue() / 10);
        b[u++] = (byte) ('0' + d.getMonthValue() % 10);
        b[u++] = '-';
        b[u++] = (byte) ('0' + d.getDayOfMonth() / 10);
        b[u++] = (byte) ('0' + d.getDayOfMonth() % 10);
        used = u;
    }

    private void ascii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    /**
     * Encodes as UTF-8 ({@link Utf8}) straight into the buffer, a backslash before the characters
     * LOAD DATA would take for separators, a buffer's room of characters at a time.
     */
    private void text(String s) throws IOException {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        s.getChars(0, n, chars, 0);
        int i = 0;
        while (i < n) {
            int room = (buffer.length - used) / Utf8.MAX_BYTES_PER_CHAR;
            if (room < 2) {
                flush();
                continue;
            }
            int end = Math.min(n, i + room);
            if (end < n && Character.isHighSurrogate(chars[end - 1])) {
                // keep a pair together: the next range starts with it
                end--;
            }
            used = Utf8.encode(chars, i, end, buffer, used, true);
            i = end;
        }
    }

    private void put(char c) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Finishes writing; the file stays until it is loaded or deleted. */
    void finish() {
        if (!closed) {
            closed = true;
            try (out) {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a load file", e);
            }
        }
    }

    /** Deletes the file, loaded or not. */
    @Override
    public void close() {
        try {
            finish();
        } catch (UncheckedIOException e) {
            // deleted below either way
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the folder is removed when the hub stops
        }
    }
}
