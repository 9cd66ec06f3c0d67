package vn.hocluat.plans.report;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.Plan;
import vn.hocluat.platform.web.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The words and numbers both exports print, in one language. */
final class ReportText {
    private final Messages messages;
    private final Locale locale;

    ReportText(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String t(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    Locale locale() {
        return locale;
    }

    String metric(Plan.Target target) {
        return t(target.metric().labelKey());
    }

    String phase(@Nullable String phaseName) {
        return phaseName == null ? t("plan.phase.whole") : phaseName;
    }

    /** The status as printed: "Đạt", or "Đạt (theo số liệu báo cáo)" when it is the reported figure's. */
    String status(ReportRows.UnitRow u) {
        String s = t("report.status." + u.shownStatus().name());
        return u.statusFromReport() ? t("report.status.reported", s) : s;
    }

    /** "80" or, for a band, "80–90" (plain numbers). */
    static String band(Plan.Target target) {
        String low = plain(target.threshold());
        return target.bandUpper() == null ? low : low + "–" + plain(target.bandUpper());
    }

    /** 80.00 → "80", 92.50 → "92.5" (not 8E+1). */
    static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** 66.666 → "66,67" in Vietnamese, "66.67" in English: always two decimals, thousands grouped. */
    String percent(BigDecimal n) {
        return format("#,##0.00").format(n.setScale(2, RoundingMode.HALF_UP));
    }

    /** A count or a reported figure with as many decimals as it has (at most 2): 1234 → "1.234", 92.5 → "92,5". */
    String number(BigDecimal n) {
        return format("#,##0.##").format(n);
    }

    private DecimalFormat format(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
