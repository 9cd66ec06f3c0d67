package vn.hocluat.contest.api;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * The application started as a separate JVM (main classes and dependencies of this test run, no
 * test classes) against a given database, as production runs it: for crash tests that kill it.
 */
final class AppProcess {
    private final Map<String, String> env;
    private final Path dataDir;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process process;

    AppProcess(Map<String, String> env, Path dataDir) {
        this.env = env;
        this.dataDir = dataDir;
        this.port = freePort();
    }

    URI uri() {
        return URI.create("http://localhost:" + port);
    }

    /** Starts and waits for "Startup completed" (2 minutes at most). */
    void start() throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dhocluat.data-dir=" + dataDir, "-Duser.timezone=Asia/Ho_Chi_Minh", "-cp", mainClasspath(),
                "vn.hocluat.Application").redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("HOCLUAT_") || k.startsWith("MICRONAUT_"));
        pb.environment().putAll(env);
        pb.environment().put("HOCLUAT_PORT", String.valueOf(port));
        pb.environment().put("HOCLUAT_COURSES_DIR", "");
        lines.clear();
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountDownLatch started = new CountDownLatch(1);
        Process p = process;
        Thread reader = new Thread(() -> read(p, started), "app-output");
        reader.setDaemon(true);
        reader.start();
        if (!started.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("no start-up within 2 minutes:\n" + String.join("\n", lines));
        }
    }

    /** SIGKILL: no shutdown hook, no graceful close, as a crash or the OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("still alive 30 s after SIGKILL");
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    int exitCode() {
        return process.exitValue();
    }

    private void read(Process p, CountDownLatch started) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.contains("Startup completed")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            // the process was killed while writing: its output ends here
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }

    /** This JVM's class path without test classes, the manifest-only jar of surefire expanded. */
    static String mainClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(entry));
        }
        return String.join(File.pathSeparator, entries.stream().filter(e -> !e.contains("test-classes")).toList());
    }

    private static List<String> expand(String entry) {
        List<String> out = new ArrayList<>();
        out.add(entry);
        if (!entry.endsWith(".jar")) {
            return out;
        }
        try (JarFile jar = new JarFile(entry)) {
            String classPath = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String url : classPath.trim().split("\\s+")) {
                    out.add(Path.of(URI.create(url)).toString());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return out;
        }
        return out;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
