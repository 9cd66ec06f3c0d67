package vn.hocluat.e2e;

import org.openqa.selenium.By;
import vn.hocluat.assessment.format.GiftParser;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the learning journeys do beside the browser: sign in, download with the browser's cookies, read zips and answer keys. */
final class JourneyFiles {
    private JourneyFiles() {
    }

    static void signIn(Browser b, CurrentUser user) {
        b.open("/login");
        b.type("username", user.username()).type("password", Fixtures.PASSWORD).submit(By.cssSelector("main button[type=submit]"));
    }

    static String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** GET with the browser's cookies (a file the browser would save rather than show). */
    static byte[] download(Browser b, String url) {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), url);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The files of an exported course zip ("slug/path" entries), by path inside the course folder. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    out.put(e.getName().substring(e.getName().indexOf('/') + 1), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Writes the files as folder {@code slug} of a new courses root; returns the root. */
    static Path folder(String slug, Map<String, byte[]> files) {
        try {
            Path root = Files.createTempDirectory("courses-");
            for (var e : files.entrySet()) {
                Path file = root.resolve(slug).resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(new ArrayList<>(new TreeMap<>(expected).keySet()), new ArrayList<>(new TreeMap<>(actual).keySet()));
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    /** Question text → the texts of its right options ("đúng"/"sai" for true/false), from a GIFT file of the repository. */
    static Map<String, List<String>> answerKey(String giftFile) {
        try {
            Map<String, List<String>> key = new LinkedHashMap<>();
            for (ParsedQuestion q : GiftParser.parse(Files.readString(Path.of(giftFile))).questions()) {
                List<String> right = new ArrayList<>();
                for (Choice c : q.content().choices()) {
                    if (c.weight() > 0) {
                        right.add(q.content().type() == QuestionType.TRUE_FALSE ? (c.text().equals("true") ? "đúng" : "sai") : normal(c.text()));
                    }
                }
                key.put(normal(q.content().text()), right);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> rightAnswers(Map<String, List<String>> key, String questionText) {
        String text = normal(questionText);
        return key.entrySet().stream().filter(e -> e.getKey().equals(text) || text.startsWith(e.getKey()) || e.getKey().startsWith(text))
                .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError("no answer key for: " + questionText));
    }

    /** Lower case, Markdown emphasis and spacing removed: how a page's text and a GIFT source compare. */
    static String normal(String s) {
        return s.replaceAll("[*_`]", "").replaceAll("\\s+", " ").trim().toLowerCase();
    }
}
