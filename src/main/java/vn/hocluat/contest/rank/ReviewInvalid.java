package vn.hocluat.contest.rank;

/** A review form refused: the field and the message key of what is wrong, nothing written. */
class ReviewInvalid extends RuntimeException {
    private final String field;
    private final String messageKey;

    ReviewInvalid(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
