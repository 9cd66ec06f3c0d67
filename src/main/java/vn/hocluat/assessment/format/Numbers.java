package vn.hocluat.assessment.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Decimal numbers as the formats write them: a point for decimals (GIFT), also a comma in a spreadsheet cell. */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private Numbers() {
    }

    /** The number, with a scale of at least 0 (so 1E+3 is 1000), or null when malformed. */
    static BigDecimal parse(String s) {
        String t = s.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** A spreadsheet cell: "1,5" (Vietnamese decimal comma) reads as 1.5. */
    static BigDecimal parseCell(String s) {
        String t = s.strip();
        return parse(t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',') ? t.replace(',', '.') : t);
    }
}
