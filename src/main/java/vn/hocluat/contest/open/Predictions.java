package vn.hocluat.contest.open;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;

/** The prediction field ({@code duDoan}) as people type it: "1500", "1500,5", "1500.25", spaces allowed; blank = not given. */
final class Predictions {
    static final String FIELD = "duDoan";

    private Predictions() {
    }

    /** The typed number, or null when blank; 400 with the range message when it is not a number of that form. */
    @Nullable
    static BigDecimal parse(@Nullable Object value) {
        String text = value == null ? "" : value.toString().replace(" ", "").replace("\u00a0", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,13}([.,][0-9]{1,2})?")) {
            throw Problem.badRequest("contest.play.predictionRange");
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    /** A stored prediction as the field shows it again ("1500", "1500,5" in Vietnamese). */
    static String show(@Nullable BigDecimal value, String lang) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return "vi".equals(lang) ? plain.replace('.', ',') : plain;
    }
}
