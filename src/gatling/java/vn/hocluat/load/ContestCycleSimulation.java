package vn.hocluat.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The full cycle of a contest entrant, as one virtual user: landing, register (API), start (API),
 * fetch the sheet, submit 20 answers, result. Users arrive at {@code load.rate} per second for
 * {@code load.seconds} after a ramp. Every submit answered 200 is counted, and at the end the count
 * must equal the attempts the database has SUBMITTED for the round's quiz (the run fails otherwise).
 * Gatling prints requests/s and latency percentiles per request; cycles/s = the rate of "result" OKs.
 */
public class ContestCycleSimulation extends Simulation {
    private static final Logger LOG = LoggerFactory.getLogger(ContestCycleSimulation.class);

    private final LoadSettings settings = LoadSettings.fromSystem();
    private final LoadSetup.Round round = LoadSetup.prepare(settings);
    private final long submittedBefore = LoadSetup.submitted(settings, round.quizId());
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong phones = new AtomicLong(round.firstPhone());
    private final ReturningEntrants returning = settings.returning()
            ? new ReturningEntrants(settings, round, phones.getAndAdd(settings.returningEntrants())) : null;

    public ContestCycleSimulation() {
        LOG.info("load run: contest {} round {} quiz {}, {} cycles/s for {} s after a {} s ramp", round.slug(), round.roundId(),
                round.quizId(), settings.rate(), settings.seconds(), settings.rampSeconds());
        HttpProtocolBuilder protocol = http.baseUrl(settings.base()).acceptHeader("application/json")
                .contentTypeHeader("application/json").userAgentHeader("Mozilla/5.0 (Linux; Android 10; K) Mobile load-test")
                .shareConnections();
        ScenarioBuilder cycle = settings.returning()
                ? scenario("returning entrant cycle").exec(landing()).exec(borrowEntrant()).exec(play()).exec(giveBack())
                : scenario("contest cycle").feed(phoneFeeder()).exec(landing()).exec(register()).exec(play());
        setUp(cycle.injectOpen(
                rampUsersPerSec(1).to(settings.rate()).during(settings.rampSeconds()),
                constantUsersPerSec(settings.rate()).during(settings.seconds())))
                .protocols(protocol);
    }

    private Iterator<Map<String, Object>> phoneFeeder() {
        return Stream.generate(() -> Map.<String, Object>of("phone", "0" + phones.getAndIncrement())).iterator();
    }

    private ChainBuilder landing() {
        return exec(http("landing").get(settings.landing().replace("{slug}", round.slug())).check(status().is(200)))
                .exitHereIfFailed();
    }

    private ChainBuilder register() {
        return exec(http("register").post("/api/v1/contests/entrants")
                .body(StringBody("{\"phone\":\"#{phone}\",\"fullName\":\"Nguyễn Văn Tải\",\"birthDate\":\"1990-01-02\","
                        + "\"unitId\":" + round.unitId() + ",\"consent\":true}"))
                .check(status().is(201), jsonPath("$.token").saveAs("token")))
                .exitHereIfFailed();
    }

    private ChainBuilder borrowEntrant() {
        return exec(session -> {
            String token = returning.borrow();
            return token == null ? session.markAsFailed() : session.set("token", token);
        }).exitHereIfFailed();
    }

    private ChainBuilder giveBack() {
        return exec(session -> {
            returning.giveBack(session.getString("token"));
            return session;
        });
    }

    /** Start, sheet, submit, result; a failed step gives the entrant back and ends the cycle. */
    private ChainBuilder play() {
        String attempts = "/api/v1/contests/attempts/#{attemptId}";
        return exec(http("start").post("/api/v1/contests/" + round.slug() + "/rounds/" + round.roundId() + "/attempts")
                        .header("Authorization", "Entrant #{token}")
                        .check(status().is(201), jsonPath("$.attemptId").saveAs("attemptId")))
                .exitHereIf(session -> stop(session))
                .exec(http("sheet").get(attempts).header("Authorization", "Entrant #{token}")
                        .check(status().is(200), jsonPath("$.questions[*].number").count().saveAs("questions")))
                .exitHereIf(session -> stop(session))
                .exec(http("submit").post(attempts + "/submit").header("Authorization", "Entrant #{token}")
                        .body(StringBody(session -> answers(session.getInt("questions"))))
                        .check(status().is(200)))
                .exitHereIf(session -> stop(session))
                .exec(session -> {
                    accepted.incrementAndGet();
                    return session;
                })
                .exec(http("result").get(attempts + "/result").header("Authorization", "Entrant #{token}").check(status().is(200)));
    }

    /**
     * True when the last step failed; a returning entrant is given back first. An attempt left open
     * by a refused sheet or submit stays open (as on a phone that lost its connection): that entrant
     * is not given back, so the next cycle never resumes it.
     */
    private boolean stop(io.gatling.javaapi.core.Session session) {
        if (!session.isFailed()) {
            return false;
        }
        if (returning != null && !session.contains("attemptId")) {
            returning.giveBack(session.getString("token"));
        }
        return true;
    }

    /** Every question answered with its first displayed option. */
    static String answers(int questions) {
        StringBuilder sb = new StringBuilder("{\"responses\":[");
        for (int i = 0; i < questions; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"chosen\":[0]}");
        }
        return sb.append("]}").toString();
    }

    @Override
    public void after() {
        long inDatabase = LoadSetup.submitted(settings, round.quizId()) - submittedBefore;
        LOG.warn("accepted submits (HTTP 200): {}; SUBMITTED attempts of quiz {} in the database: {}", accepted.get(), round.quizId(), inDatabase);
        if (inDatabase != accepted.get()) {
            throw new IllegalStateException("accepted submits " + accepted.get() + " differ from the database's " + inDatabase);
        }
    }
}
