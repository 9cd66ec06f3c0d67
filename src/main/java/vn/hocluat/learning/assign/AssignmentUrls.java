package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** The addresses of the assignment pages, built in one place. */
public final class AssignmentUrls {
    public static final String LIST = "/assignments";
    public static final String NEW = "/assignments/new";
    public static final String DUE = "/assignments/due";
    public static final String COMPLETIONS = "/assignments/completions";

    private AssignmentUrls() {
    }

    public static String delete(long id) {
        return LIST + "/" + id + "/delete";
    }

    /** The path with the non-empty parameters as a query string, in the order given. */
    public static String with(String path, Map<String, ?> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                q.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return q.length() == 0 ? path : path + "?" + q;
    }

    /** Parameters in a fixed order (a LinkedHashMap that accepts nulls). */
    public static Map<String, Object> params(@Nullable Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            out.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return out;
    }
}
