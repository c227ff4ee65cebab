package org.disclosurehub.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text as UTF-8, in hex: the row and public hashes that tell a changed decision from
 * an unchanged one. The same value as hashing {@code text.toString().getBytes(UTF_8)} (a lone
 * surrogate becomes '?' as there), without a String or byte array per call: a first import
 * hashes a million decisions of a kilobyte each, twice. One per thread ({@link #get}).
 */
final class Sha256 {

    private static final ThreadLocal<Sha256> PER_THREAD = ThreadLocal.withInitial(Sha256::new);

    private final MessageDigest digest;
    private final StringBuilder text = new StringBuilder(2048);
    private byte[] bytes = new byte[8192];
    private char[] chars = new char[2048];

    private Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Sha256 get() {
        return PER_THREAD.get();
    }

    /** An empty builder to put the text in, then {@link #hex()}; valid until the next call on this thread. */
    StringBuilder text() {
        text.setLength(0);
        return text;
    }

    /** The hash of what was put in {@link #text()}. */
    String hex() {
        int n = encode(text);
        digest.update(bytes, 0, n);
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(CharSequence s) {
        Sha256 sha = get();
        sha.text().append(s);
        return sha.hex();
    }

    /** UTF-8 of the text; copied out as an array first, which is several times cheaper than charAt per character. */
    private int encode(StringBuilder s) {
        int length = s.length();
        if (bytes.length < length * 3) {
            bytes = new byte[length * 3];
        }
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char[] cs = chars;
        s.getChars(0, length, cs, 0);
        byte[] b = bytes;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = cs[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(cs[i + 1])) {
                    int cp = Character.toCodePoint(c, cs[++i]);
                    b[n++] = (byte) (0xF0 | cp >> 18);
                    b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return n;
    }
}
