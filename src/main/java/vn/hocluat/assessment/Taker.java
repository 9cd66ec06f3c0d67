package vn.hocluat.assessment;

/**
 * Who takes a quiz, as the calling feature names them: the engine knows nothing of courses or
 * contests, so a taker is a kind (e.g. ACCOUNT, ENTRANT; ≤ 16 capitals) and an id in that kind.
 */
public record Taker(String kind, long id) {
    public static final String ACCOUNT = "ACCOUNT";

    public Taker {
        if (kind == null || !kind.matches("[A-Z_]{1,16}")) {
            throw new IllegalArgumentException("taker kind must be 1-16 capitals: " + kind);
        }
    }

    public static Taker account(long accountId) {
        return new Taker(ACCOUNT, accountId);
    }
}
