package org.disclosurehub.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: one record at a time, so a million-row file never sits in
 * memory. Rows are numbered as a spreadsheet shows them (the header is row 1), a quoted field
 * spanning lines still being one row. A leading UTF-8 BOM is skipped.
 */
final class CsvReader implements Closeable {

    private static final int MAX_FIELD_LENGTH = 1 << 20;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int pos;
    private int row;
    private boolean first = true;
    private boolean eof;
    /** Whether the next character belongs to the record numbered {@link #row} rather than the one after it. */
    private boolean inRecord;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The row number of the record last returned by {@link #next()}. */
    int row() {
        return row;
    }

    /** The next record, or null at the end of the file. */
    List<String> next() throws IOException {
        if (first) {
            first = false;
            if (peek() == '\uFEFF') {
                pos++;
            }
        }
        if (peek() == -1) {
            return null;
        }
        row++;
        inRecord = true;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new CsvFormatException(row, "a quoted field is not closed before the end of the file");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        pos++;
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    appendRun(field, true);
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                inRecord = false;
                if (c == '\r' && peek() == '\n') {
                    pos++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new CsvFormatException(row, "a quote (\") inside an unquoted field; quote the whole field and double the quote");
                }
                quoted = true;
                wasQuoted = true;
            } else {
                if (wasQuoted) {
                    throw new CsvFormatException(row, "text after the closing quote of a field");
                }
                appendRun(field, false);
            }
        }
    }

    /**
     * Appends the character just read and those after it in the buffer up to the next one that
     * ends the run (a quote inside quotes; a comma, quote or line break outside): a field is copied
     * in one go rather than a character at a time.
     */
    private void appendRun(StringBuilder field, boolean quoted) {
        int start = pos - 1;
        while (pos < length) {
            char next = buffer[pos];
            if (next == '"' || !quoted && (next == ',' || next == '\r' || next == '\n')) {
                break;
            }
            pos++;
        }
        if (field.length() + (pos - start) > MAX_FIELD_LENGTH) {
            throw new CsvFormatException(row, "a field is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append(buffer, start, pos - start);
    }

    private int peek() throws IOException {
        if (pos >= length && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private int read() throws IOException {
        if (pos >= length && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        try {
            length = in.read(buffer);
        } catch (CharacterCodingException e) {
            throw new EncodingException(inRecord ? row : row + 1);
        }
        pos = 0;
        if (length <= 0) {
            eof = true;
            length = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not valid CSV from this row on; nothing after it can be read reliably. */
    static class CsvFormatException extends RuntimeException {

        final int row;

        CsvFormatException(int row, String message) {
            super(message, null, false, false);
            this.row = row;
        }
    }

    /** The bytes of this row are not text in the file's encoding; nothing from here on can be read. */
    static final class EncodingException extends CsvFormatException {

        EncodingException(int row) {
            super(row, "the text is not in the expected encoding");
        }
    }
}
