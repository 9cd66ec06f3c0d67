package vn.hocluat.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Map;

/** One place that turns a refusal into what the caller reads: a page for browsers, JSON under /api. */
@Singleton
public class ErrorResponses {
    private final Pages pages;

    public ErrorResponses(Pages pages) {
        this.pages = pages;
    }

    /** The body of every API error that is not a list of row or field errors. */
    @Serdeable
    public record ApiError(String message) {
    }

    public static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String messageKey, Object... args) {
        String message = pages.text(request, messageKey, args);
        if (isApi(request)) {
            return HttpResponse.status(status).body(new ApiError(message));
        }
        return pages.render(status, request, "platform/error", Map.of(
                "status", status.getCode(),
                "title", pages.text(request, "error.title." + titleKey(status)),
                "message", message));
    }

    private static String titleKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "404";
            case FORBIDDEN, UNAUTHORIZED -> "403";
            case REQUEST_ENTITY_TOO_LARGE -> "413";
            case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE -> "500";
            default -> "400";
        };
    }
}
