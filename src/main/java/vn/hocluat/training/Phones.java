package vn.hocluat.training;

/** Phone numbers as check-in compares them: digits only, a leading 84 (written +84) turned into the domestic 0. */
final class Phones {
    private Phones() {
    }

    static String normalise(String text) {
        String digits = text == null ? "" : text.replaceAll("\\D", "");
        return digits.matches("84\\d{9,10}") ? "0" + digits.substring(2) : digits;
    }
}
