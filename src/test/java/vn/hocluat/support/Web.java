package vn.hocluat.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for tests: keeps cookies, does not follow redirects, and puts the
 * CSRF token from its cookie into every form it posts, as the rendered forms do.
 */
public final class Web {
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String bearer;

    public Web(URI base) {
        this.base = base.toString().replaceAll("/$", "");
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET whose body is kept as bytes (downloads such as XLSX files). */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Signs in through the login page and fails the test if that does not work. */
    public Web login(String username, String password) {
        get("/login");
        HttpResponse<String> r = postForm("/login", Map.of("username", username, "password", password));
        if (r.statusCode() != 303) {
            throw new AssertionError("login of " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        return this;
    }

    /** Gets a bearer token from the API and uses it for the next API calls. */
    public Web loginApi(String username, String password) {
        HttpResponse<String> r = postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("token for " + username + " refused: " + r.statusCode() + " " + r.body());
        }
        bearer = r.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return this;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("csrfToken", csrf());
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST of a raw body with this content type and extra headers (name, value, …) — e.g. a script's JSON beat. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A multipart POST with one file part named "file" plus text fields (the CSRF token added for pages). */
    public HttpResponse<String> postFile(String path, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----hocluat" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (!path.startsWith("/api/")) {
            all.putIfAbsent("csrfToken", csrf());
        }
        all.forEach((k, v) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build());
    }

    /**
     * A multipart POST as a browser sends it: its length declared, the fields in order (a name may
     * repeat, as checkboxes do) and one file part of any name; a null filename sends the empty part
     * of a form whose file was not chosen. The CSRF token is added for pages.
     */
    public HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField,
                                              String filename, byte[] content) {
        String boundary = "----hocluat" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (!path.startsWith("/api/")) {
            all.add(Map.entry("csrfToken", csrf()));
        }
        all.forEach(f -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + (filename == null ? "" : filename) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    public String csrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("csrfToken")).map(HttpCookie::getValue)
                .findFirst().orElseGet(() -> {
                    get("/login");
                    return cookies.getCookieStore().getCookies().stream()
                            .filter(c -> c.getName().equals("csrfToken")).map(HttpCookie::getValue)
                            .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie issued"));
                });
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (bearer != null && path.startsWith("/api/")) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
