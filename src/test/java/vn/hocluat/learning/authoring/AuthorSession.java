package vn.hocluat.learning.authoring;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A signed-in browser for the authoring pages: posts forms as a browser does, multipart with a
 * declared length, repeated fields (checkboxes) and a file part of any name, with the CSRF token.
 */
final class AuthorSession {
    private static final String BOUNDARY = "----hocluatAuthor";
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    /** A file part; a null name sends the empty part a browser sends when no file was chosen. */
    record FilePart(String field, String filename, byte[] content) {
    }

    AuthorSession(URI base, String username, String password) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        get("/login");
        HttpResponse<String> r = form("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
        if (r.statusCode() != 303) {
            throw new AssertionError("login of " + username + " failed: " + r.statusCode());
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** A url-encoded form post (fields in order, repeated names allowed). */
    HttpResponse<String> form(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))
                + "&csrfToken=" + enc(csrf());
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        return form(path, List.copyOf(fields.entrySet()));
    }

    /** A multipart post of the fields and one file part. */
    HttpResponse<String> multipart(String path, List<Map.Entry<String, String>> fields, FilePart file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            part(out, f.getKey(), null, f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        part(out, "csrfToken", null, csrf().getBytes(StandardCharsets.UTF_8));
        part(out, file.field(), file.filename() == null ? "" : file.filename(), file.content());
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    HttpResponse<String> multipart(String path, Map<String, String> fields, FilePart file) {
        return multipart(path, List.copyOf(fields.entrySet()), file);
    }

    static FilePart noFile(String field) {
        return new FilePart(field, null, new byte[0]);
    }

    private static void part(ByteArrayOutputStream out, String name, String filename, byte[] content) {
        String disposition = "form-data; name=\"" + name + "\"" + (filename == null ? "" : "; filename=\"" + filename + "\"");
        String type = filename == null ? "" : "Content-Type: application/octet-stream\r\n";
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n" + type + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("csrfToken"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
