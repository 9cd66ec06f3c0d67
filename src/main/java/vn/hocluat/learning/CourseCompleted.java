package vn.hocluat.learning;

/**
 * Published (synchronously, after the transaction that stored it committed) when a learner's
 * course completion is written — once per course and account — e.g. for certificates.
 */
public record CourseCompleted(long completionId, long courseId, long accountId) {
}
