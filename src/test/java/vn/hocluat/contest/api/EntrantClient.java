package vn.hocluat.contest.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A mobile app's view of the contest API for tests: JSON in and out, the entrant token in
 * {@code Authorization: Entrant <token>} once registered or signed in. Works against any running
 * server (also a separate process).
 */
public final class EntrantClient {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    public EntrantClient(URI base) {
        this.base = base.toString().replaceAll("/$", "");
    }

    public EntrantClient token(String token) {
        this.token = token;
        return this;
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    /** Registers an entrant of the unit with a fresh phone and keeps the token; the 201 body. */
    public Map<String, Object> register(String phone, long unitId) {
        HttpResponse<String> r = post("/api/v1/contests/entrants", registration(phone, unitId));
        if (r.statusCode() != 201) {
            throw new AssertionError("registration answered " + r.statusCode() + ": " + r.body());
        }
        Map<String, Object> body = json(r.body());
        token = (String) body.get("token");
        return body;
    }

    public static String registration(String phone, long unitId) {
        return "{\"phone\":\"" + phone + "\",\"fullName\":\"Trần Văn Bình\",\"birthDate\":\"1988-03-14\",\"unitId\":" + unitId
                + ",\"consent\":true}";
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Entrant " + token);
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> json(String body) {
        try {
            return JSON.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The responses answering the first {@code right} questions of a sheet (JSON) with the key "Đúng n", the rest wrongly. */
    @SuppressWarnings("unchecked")
    public static String answers(Map<String, Object> sheet, int right) {
        StringBuilder sb = new StringBuilder("[");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) sheet.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            String wanted = i < right ? "Đúng" : "Sai";
            List<Map<String, Object>> options = (List<Map<String, Object>>) questions.get(i).get("options");
            Object position = options.stream().filter(o -> String.valueOf(o.get("text")).startsWith(wanted))
                    .findFirst().orElseThrow().get("position");
            sb.append(i == 0 ? "" : ",").append("{\"chosen\":[").append(position).append("]}");
        }
        return sb.append("]").toString();
    }
}
