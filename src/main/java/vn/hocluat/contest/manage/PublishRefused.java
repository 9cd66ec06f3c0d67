package vn.hocluat.contest.manage;

import java.util.List;

/** Publishing refused: every reason as a message key with its arguments, in the order they were checked. */
public class PublishRefused extends RuntimeException {
    /** One reason: the message key and its arguments. */
    public record Reason(String key, List<Object> args) {
    }

    private final transient List<Reason> reasons;

    PublishRefused(List<Reason> reasons) {
        super(reasons.stream().map(Reason::key).toList().toString());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
