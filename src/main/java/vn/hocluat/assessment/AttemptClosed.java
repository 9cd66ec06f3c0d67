package vn.hocluat.assessment;

/**
 * Published (synchronously, after the attempt's transaction committed) when an attempt closes —
 * submitted or expired — so the feature that owns the taker can react, e.g. a course checks its
 * completion rules. Listeners must not throw: the taker's submit has already succeeded.
 */
public record AttemptClosed(long attemptId, long quizId, Taker taker) {
}
