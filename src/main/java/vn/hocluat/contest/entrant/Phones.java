package vn.hocluat.contest.entrant;

import java.util.Optional;

/** Vietnamese mobile numbers in the one form they are stored and compared in: 0 and nine digits. */
public final class Phones {
    private Phones() {
    }

    /** "+84 912.345.678", "84912345678", "0912 345 678" → "0912345678"; empty when not a mobile number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[1-9][0-9]{8}") ? Optional.of(digits) : Optional.empty();
    }
}
