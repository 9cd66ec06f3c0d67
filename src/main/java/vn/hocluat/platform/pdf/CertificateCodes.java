package vn.hocluat.platform.pdf;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes of certificates (learning, contests): {@value #LENGTH} symbols drawn with SecureRandom from 32 that cannot be
 * confused when read off paper (A–Z without O and I, digits 2–9), so 50 random bits: with a
 * million certificates issued, one address at the verification limit (3 lookups a minute) expects
 * about 700 years before its first hit.
 */
public final class CertificateCodes {
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** A typed code as stored: upper case, without spaces and hyphens; empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
