package org.disclosurehub.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.disclosurehub.database.Utf8;

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

    private int encode(StringBuilder s) {
        int length = s.length();
        if (bytes.length < length * Utf8.MAX_BYTES_PER_CHAR) {
            bytes = new byte[length * Utf8.MAX_BYTES_PER_CHAR];
        }
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        s.getChars(0, length, chars, 0);
        return Utf8.encode(chars, 0, length, bytes, 0, false);
    }
}
