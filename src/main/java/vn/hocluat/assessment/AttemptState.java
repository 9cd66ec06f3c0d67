package vn.hocluat.assessment;

/** An attempt is open (IN_PROGRESS) until the taker submits it or the server closes it after the deadline (EXPIRED). UI key attempt.state.&lt;NAME&gt;. */
public enum AttemptState {
    IN_PROGRESS, SUBMITTED, EXPIRED
}
