package org.disclosurehub.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Query codes (查询码): random secrets of 20 characters from a 32-symbol alphabet without 0/O and
 * 1/I (100 bits), shown to the applicant once. Only their SHA-256 is stored: a fast hash is right
 * for a long random secret, as for API tokens, since there is nothing to guess from it. Codes
 * are compared without dashes, spaces or case, so "ABCD-EFGH…" and "abcdefgh…" are the same code.
 */
public final class QueryCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the tracking number is unknown, so both cases take the same time. */
    private static final byte[] NO_CODE = sha256("no such application");

    private QueryCodes() {
    }

    /** A new code, grouped in fives for reading aloud: {@code XXXXX-XXXXX-XXXXX-XXXXX}. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String normalize(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static byte[] hash(String code) {
        return sha256(normalize(code));
    }

    /** Constant-time comparison of a presented code with a stored hash (null = no such application). */
    public static boolean matches(String presented, byte[] storedHash) {
        byte[] presentedHash = hash(presented);
        boolean equal = MessageDigest.isEqual(presentedHash, storedHash == null ? NO_CODE : storedHash);
        return storedHash != null && equal;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
