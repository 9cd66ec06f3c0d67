package vn.hocluat.e2e;

import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks every journey page must pass:
 * <ul>
 * <li>accessibility: axe-core (from its WebJar) finds no serious or critical violation;</li>
 * <li>page weight: HTML + CSS + JS + fonts, as compressed bytes on the wire, stay within the budget
 * (public pages 30 KB, staff pages — a signed-in user — 60 KB; images and media excluded).</li>
 * </ul>
 * Each failure names the page, the rule or the figures.
 */
public class PageChecks {
    public static final int PUBLIC_BUDGET = 30 * 1024;
    public static final int STAFF_BUDGET = 60 * 1024;
    private static final String AXE_SOURCE = load("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (r) {
              done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                .map(function (v) {
                  return v.impact + ' ' + v.id + ': ' + v.help + ' @ ' +
                    v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                }));
            }).catch(function (e) { done(['axe failed: ' + e]); });
            """;
    private static final String ASSETS = """
            return performance.getEntriesByType('resource')
              .filter(function (e) { return ['img', 'image', 'video', 'audio'].indexOf(e.initiatorType) < 0
                  && !/\\.(png|jpe?g|gif|webp|svg|ico|mp4|webm|mp3|ogg)(\\?|$)/i.test(e.name); })
              .map(function (e) { return e.name; });
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    public void check(Browser browser, String step) {
        accessibility(browser, step);
        weight(browser, step);
    }

    void accessibility(Browser browser, String step) {
        browser.script(AXE_SOURCE);
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) browser.asyncScript(RUN_AXE);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe on step '" + step + "' (" + browser.path() + "): "
                    + violations.stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
    }

    void weight(Browser browser, String step) {
        long document = ((Number) browser.script(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.encodedBodySize : 0;")).longValue();
        @SuppressWarnings("unchecked")
        List<Object> assets = (List<Object>) browser.script(ASSETS);
        long total = document;
        List<String> parts = new ArrayList<>(List.of("html " + document));
        for (Object url : assets) {
            long size = compressedSize(browser, url.toString());
            parts.add(URI.create(url.toString()).getPath() + " " + size);
            total += size;
        }
        boolean staff = !browser.driver().findElements(org.openqa.selenium.By.cssSelector("form[action='/logout']")).isEmpty();
        int budget = staff ? STAFF_BUDGET : PUBLIC_BUDGET;
        record(browser.path() + " [" + step + "] " + total + " / " + budget + " bytes: " + String.join(", ", parts));
        if (total > budget) {
            throw new AssertionError("page weight on step '" + step + "' (" + browser.path() + "): " + total
                    + " bytes > budget " + budget + " (" + String.join(", ", parts) + ")");
        }
    }

    /** Fetches an asset as the browser would (its cookies, gzip/br accepted) and counts the bytes received. */
    private long compressedSize(Browser browser, String url) {
        String cookies = cookieHeader(browser.driver().manage().getCookies());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip, br");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Appends the figures to target/e2e-page-weights.txt, the summary CI prints. */
    private static synchronized void record(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "e2e-page-weights.txt"), line + System.lineSeparator(),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String load(String resource) {
        try (InputStream in = PageChecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cookieHeader(java.util.Set<Cookie> cookies) {
        return cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
