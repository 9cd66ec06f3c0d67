package vn.hocluat.org.rosterimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Multipart posts built by hand, as a browser sends them: with a Content-Length (the shared test
 * client streams chunked) and with any set of parts, including none named "file".
 */
final class RawUpload {
    static final String BOUNDARY = "----hocluatRawUpload";
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    RawUpload(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login page; the session and CSRF cookies are then sent with every post. */
    RawUpload login(String username, String password) {
        send(HttpRequest.newBuilder(base.resolve("/login")).GET().build());
        String form = "csrfToken=" + csrf() + "&username=" + username + "&password=" + password;
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 303) {
            throw new AssertionError("login of " + username + " failed: " + r.statusCode());
        }
        return this;
    }

    String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("csrfToken"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie"));
    }

    /** A multipart body of the text fields and, when filename is not null, a part "file". */
    static byte[] body(Map<String, String> fields, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (filename != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    String token(String username, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build());
        return r.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Posts the multipart body with its length declared; headers are name/value pairs (cookies, Authorization). */
    HttpResponse<String> post(String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
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
}
