package vn.hocluat.contest.open;

/** Time left as the public pages print it and static/thi.js ticks it: "2 ngày 03:04:05", "03:04:05", "04:05". */
final class Countdown {
    private Countdown() {
    }

    static String text(long seconds, String daysWord) {
        long s = Math.max(0, seconds);
        long days = s / 86_400;
        long h = s % 86_400 / 3600;
        long m = s % 3600 / 60;
        String clock = h > 0 || days > 0 ? String.format("%02d:%02d:%02d", h, m, s % 60) : String.format("%02d:%02d", m, s % 60);
        return days > 0 ? days + " " + daysWord + " " + clock : clock;
    }

    /** A server-measured duration as mm:ss (minutes keep counting past an hour). */
    static String minutesSeconds(long millis) {
        long s = Math.max(0, millis) / 1000;
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}
