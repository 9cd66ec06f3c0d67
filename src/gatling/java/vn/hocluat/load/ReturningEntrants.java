package vn.hocluat.load;

import vn.hocluat.contest.api.EntrantClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.LongStream;

/**
 * Entrants registered before a "returning" run (load.mode=returning): each virtual user borrows one
 * token for its cycle and gives it back, so an entrant never has two attempts open at once (the
 * round allows unlimited attempts). Registration costs one Argon2id hash each, so it is done here,
 * outside the measured cycle.
 */
final class ReturningEntrants {
    private static final long RETRY_MILLIS = 20;

    private final ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();

    ReturningEntrants(LoadSettings s, LoadSetup.Round round, long firstPhone) {
        LongStream.range(0, s.returningEntrants()).parallel().forEach(i -> {
            EntrantClient client = new EntrantClient(URI.create(s.base()));
            String body = "{\"phone\":\"0" + (firstPhone + i) + "\",\"fullName\":\"Trần Thị Quay Lại\",\"birthDate\":\"1985-06-07\","
                    + "\"unitId\":" + round.unitId() + ",\"consent\":true}";
            HttpResponse<String> r = client.post("/api/v1/contests/entrants", body);
            // the registration pool is small (one place per processor): a refused one is retried after 20 ms, up to a thousand times
            for (int tries = 0; r.statusCode() == 503 && tries < 1000; tries++) {
                pause();
                r = client.post("/api/v1/contests/entrants", body);
            }
            if (r.statusCode() != 201) {
                throw new IllegalStateException("registration of a returning entrant answered " + r.statusCode() + ": " + r.body());
            }
            tokens.add((String) EntrantClient.json(r.body()).get("token"));
        });
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering returning entrants", e);
        }
    }

    /** A free entrant's token, or null when every one is in a cycle. */
    String borrow() {
        return tokens.poll();
    }

    void giveBack(String token) {
        tokens.add(token);
    }
}
