package org.disclosurehub.database;

/**
 * UTF-8 of characters already copied into an array, the one encoder of the load files
 * ({@link TsvFile}) and of the row hashes (policy/Sha256). It gives what String.getBytes gives (a
 * lone surrogate becomes '?', as the JDBC driver then stores it) without a String or byte array
 * per value: a first import encodes every character of a million decisions three times, and a
 * loop over an array is several times cheaper than one call of charAt per character.
 */
public final class Utf8 {

    /** The most bytes one character takes here: three, or two escaped, or four for a pair of two. */
    public static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Encodes {@code cs[from, to)} into {@code out} from {@code at}, which must have room for
     * {@link #MAX_BYTES_PER_CHAR} bytes per character. With {@code escaped}, a backslash goes before
     * the characters LOAD DATA would take for separators or escapes (tab, line feed, carriage
     * return, NUL, backslash), as its default text format wants. A surrogate pair split by
     * {@code to} is encoded as two lone surrogates: end a range before a high surrogate.
     *
     * @return the position after the last byte written
     */
    public static int encode(char[] cs, int from, int to, byte[] out, int at, boolean escaped) {
        byte[] b = out;
        int u = at;
        for (int i = from; i < to; i++) {
            char c = cs[i];
            if (c < 0x80) {
                if (escaped && (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == 0)) {
                    b[u++] = '\\';
                    b[u++] = (byte) switch (c) {
                        case '\t' -> 't';
                        case '\n' -> 'n';
                        case '\r' -> 'r';
                        case 0 -> '0';
                        default -> '\\';
                    };
                } else {
                    b[u++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[u++] = (byte) (0xC0 | c >> 6);
                b[u++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    b[u++] = (byte) (0xF0 | cp >> 18);
                    b[u++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[u++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[u++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[u++] = '?';
                }
            } else {
                b[u++] = (byte) (0xE0 | c >> 12);
                b[u++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[u++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return u;
    }
}
