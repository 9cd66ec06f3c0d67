package vn.hocluat.platform.web;

import io.micronaut.http.HttpStatus;

/**
 * A refusal the user caused or may not pass (not found, forbidden, invalid): it carries the HTTP
 * status and a message key, and the error handler turns it into a page or a JSON body.
 */
public class Problem extends RuntimeException {
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public Problem(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static Problem notFound() {
        return new Problem(HttpStatus.NOT_FOUND, "error.notFound");
    }

    public static Problem forbidden() {
        return new Problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    public static Problem badRequest(String key, Object... args) {
        return new Problem(HttpStatus.BAD_REQUEST, key, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
