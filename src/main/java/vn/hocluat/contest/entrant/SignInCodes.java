package vn.hocluat.contest.entrant;

import java.security.SecureRandom;
import java.util.Locale;

/** The 6-character sign-in code: digits and capitals without look-alikes (no 0/O, 1/I). */
final class SignInCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInCodes() {
    }

    static String next() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What the entrant typed, as compared: capitals, spaces and dashes dropped. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }
}
