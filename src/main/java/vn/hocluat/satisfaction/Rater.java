package vn.hocluat.satisfaction;

/**
 * Who rates: exactly one of an account, a contest entrant or an anonymous id taken from a verified
 * signed cookie ({@link AnonymousRaters}). {@link #key()} is what "one rating per rater" compares.
 */
public record Rater(Long accountId, Long entrantId, String anonymousId) {
    public static Rater account(long id) {
        return new Rater(id, null, null);
    }

    public static Rater entrant(long id) {
        return new Rater(null, id, null);
    }

    public static Rater anonymous(String id) {
        return new Rater(null, null, id);
    }

    String key() {
        if (accountId != null) {
            return "A:" + accountId;
        }
        return entrantId != null ? "E:" + entrantId : "C:" + anonymousId;
    }
}
