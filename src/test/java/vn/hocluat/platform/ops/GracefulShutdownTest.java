package vn.hocluat.platform.ops;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the application (what SIGTERM does) lets a request in flight finish with its answer. */
class GracefulShutdownTest implements TestDatabase {

    @Test
    void a_request_in_flight_when_the_application_stops_completes_with_200() throws Exception {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("hocluat.test.probes", "true");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, Environment.TEST);
        ApplicationContext context = server.getApplicationContext();
        OpsProbes probes = context.getBean(OpsProbes.class);
        URI uri = server.getURI();

        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(uri.resolve("/test/probe/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(probes.slowStarted.await(20, TimeUnit.SECONDS), "the slow request never arrived");

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(context::stop);
        awaitRefusingConnections(uri, Duration.ofSeconds(10));
        assertFalse(inFlight.isDone(), "the request in flight was cut off");

        probes.slowRelease.countDown();
        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertEquals("done", answer.body());
        stopping.get(30, TimeUnit.SECONDS);
        assertFalse(server.isRunning());
    }

    /** Shutdown has begun once the port no longer accepts connections. */
    private static void awaitRefusingConnections(URI uri, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(uri.getHost(), uri.getPort())) {
                Thread.sleep(20);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the server still accepted connections " + limit + " after stop began");
    }
}
