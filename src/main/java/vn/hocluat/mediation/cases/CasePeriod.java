package vn.hocluat.mediation.cases;

import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a case report covers: a calendar month or quarter, with its first and last day. Written
 * "2026-10" / "2026-Q3" in URLs and "10/2026" / "Q3/2026" in import files.
 */
public record CasePeriod(Kind kind, LocalDate start, LocalDate end) {
    public enum Kind { MONTH, QUARTER }

    private static final Pattern URL_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern URL_QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern FILE_MONTH = Pattern.compile("(?:[Tt]háng\\s*)?(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern FILE_QUARTER = Pattern.compile("(?:[Qq]|[Qq]uý\\s*)([1-4])\\s*/\\s*(\\d{4})");

    public static CasePeriod month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new CasePeriod(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    public static CasePeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new CasePeriod(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** "2026-10" or "2026-Q3"; empty for anything else (a month 13, a year 99). */
    public static Optional<CasePeriod> parse(String text) {
        return read(text, URL_QUARTER, URL_MONTH, 1, 2);
    }

    /**
     * "10/2026", "Tháng 10/2026", "Q3/2026" or "Quý 3/2026" as written in an import file; a date stands for its
     * month (Excel turns a typed 10/2026 into the date 01/10/2026).
     */
    public static Optional<CasePeriod> parseFileText(String text) {
        Optional<CasePeriod> p = read(text, FILE_QUARTER, FILE_MONTH, 2, 1);
        return p.isPresent() ? p : Dates.parse(text).map(d -> month(d.getYear(), d.getMonthValue()));
    }

    /** The period matched by one of the patterns, whose groups hold the year and the month or quarter number. */
    private static Optional<CasePeriod> read(String text, Pattern quarter, Pattern month, int yearGroup, int numberGroup) {
        String s = text == null ? "" : text.strip();
        Matcher q = quarter.matcher(s);
        if (q.matches()) {
            return of(q.group(yearGroup), q.group(numberGroup), Kind.QUARTER);
        }
        Matcher m = month.matcher(s);
        return m.matches() ? of(m.group(yearGroup), m.group(numberGroup), Kind.MONTH) : Optional.empty();
    }

    /** Either form: "2026-10" / "2026-Q3" or "10/2026" / "Q3/2026" (what a user types in a filter). */
    public static Optional<CasePeriod> parseAny(String text) {
        Optional<CasePeriod> p = parse(text);
        return p.isPresent() ? p : parseFileText(text);
    }

    private static Optional<CasePeriod> of(String year, String number, Kind kind) {
        int y = Integer.parseInt(year);
        int n = Integer.parseInt(number);
        if (y < 2000 || y > 2100 || n < 1 || (kind == Kind.MONTH && n > 12)) {
            return Optional.empty();
        }
        return Optional.of(kind == Kind.MONTH ? month(y, n) : quarter(y, n));
    }

    /** The period of the kind stored with these days (a row read back). */
    static CasePeriod stored(String kind, LocalDate start, LocalDate end) {
        return new CasePeriod(Kind.valueOf(kind), start, end);
    }

    /** The month before the one containing the day: the period a page offers first. */
    public static CasePeriod monthBefore(LocalDate day) {
        YearMonth m = YearMonth.from(day).minusMonths(1);
        return month(m.getYear(), m.getMonthValue());
    }

    /** "2026-10" / "2026-Q3". */
    public String param() {
        return kind == Kind.MONTH ? "%d-%02d".formatted(start.getYear(), start.getMonthValue())
                : "%d-Q%d".formatted(start.getYear(), number());
    }

    /** "10/2026" / "Q3/2026", as an import file writes it. */
    public String fileText() {
        return kind == Kind.MONTH ? "%02d/%d".formatted(start.getMonthValue(), start.getYear())
                : "Q%d/%d".formatted(number(), start.getYear());
    }

    /** The month (1–12) or quarter (1–4) number. */
    public int number() {
        return kind == Kind.MONTH ? start.getMonthValue() : (start.getMonthValue() + 2) / 3;
    }

    public int year() {
        return start.getYear();
    }

    /** The message key of the period's name ({0} number, {1} year). */
    public String labelKey() {
        return "mediation.cases.period." + kind.name();
    }

    public boolean overlaps(CasePeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
