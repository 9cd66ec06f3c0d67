package vn.hocluat.packaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar `./mvnw package` builds, started as an operator would (`java -jar`, nothing configured but
 * a data directory, JSON logs): it serves pages, signs the first admin in, and stops on SIGTERM.
 * Run by `./mvnw verify` (failsafe), after the jar exists.
 */
class PackagedJarIT {
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_packaged_jar_starts_on_the_embedded_database_and_signs_the_first_admin_in() throws Exception {
        Path jar = Path.of(System.getProperty("hocluat.jar", "target/hocluat.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        Path dataDir = Files.createTempDirectory("hocluat-jar-it");
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhocluat.data-dir=" + dataDir, "-jar", jar.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("HOCLUAT_") || k.startsWith("MICRONAUT_"));
        pb.environment().put("HOCLUAT_PORT", String.valueOf(port));
        pb.environment().put("HOCLUAT_LOG_FORMAT", "json");
        app = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(app, lines, started), "jar-output");
        reader.start();
        assertTrue(started.await(120, TimeUnit.SECONDS), "no start-up within 2 minutes:\n" + String.join("\n", lines));

        URI base = URI.create("http://localhost:" + port);
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(200, http.send(HttpRequest.newBuilder(base.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(ready.body().startsWith("{\"name\":\"hocluat\",\"status\":\"UP\""), ready.body());

        String password = lines.stream().filter(l -> l.contains("\"formattedMessage\":\"Initial admin password: "))
                .map(l -> l.replaceAll(".*Initial admin password: ([^\"]+)\".*", "$1")).findFirst()
                .orElseThrow(() -> new AssertionError("no initial admin password in\n" + String.join("\n", lines)));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        assertTrue(token.body().contains("\"access_token\":\""), token.body());
        assertTrue(Files.exists(dataDir.resolve("jwt-secret")), "the generated signing secret is kept in the data directory");

        // SIGTERM, as a service manager or container runtime sends it (Process.destroy would also close the output)
        assertTrue(app.toHandle().destroy());
        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "did not stop within a minute of SIGTERM");
        reader.join(10_000);
        // every line is a JSON object: no banner, no plain line a log collector would choke on
        List<String> notJson = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("{")).toList();
        assertEquals(List.of(), notJson);
        assertFalse(lines.stream().anyMatch(l -> l.contains("\"level\":\"ERROR\"")), String.join("\n", lines));
    }

    private static void read(Process process, List<String> lines, CountDownLatch started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.contains("Startup completed")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
