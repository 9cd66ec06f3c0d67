package vn.hocluat.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.assessment.QuestionDraw.Plan;
import vn.hocluat.assessment.QuizGrade.Scored;
import vn.hocluat.platform.metrics.DomainMetrics;
import vn.hocluat.platform.web.Problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attempts at quizzes, for any feature that has takers (courses, contests): start (draw and freeze
 * the questions, stamp start and deadline), save, submit (idempotent), read as the taker may see,
 * and the taker's grade. Callers decide who may take a quiz; this service checks that an attempt
 * belongs to the taker who asks (404 otherwise). Refusals are {@link Problem}s with status 409.
 */
@Singleton
public class AttemptService {
    private static final Logger LOG = LoggerFactory.getLogger(AttemptService.class);
    private static final int SWEEP_BATCH = 200;

    private final AttemptStore store;
    private final AttemptStart starts;
    private final QuestionDraw draw;
    private final QuestionVersions versions;
    private final SheetBuilder sheets;
    private final DomainMetrics metrics;
    private final ApplicationEventPublisher<AttemptClosed> closedEvents;

    AttemptService(AttemptStore store, AttemptStart starts, QuestionDraw draw, QuestionVersions versions, SheetBuilder sheets,
                   DomainMetrics metrics, ApplicationEventPublisher<AttemptClosed> closedEvents) {
        this.metrics = metrics;
        this.closedEvents = closedEvents;
        this.store = store;
        this.starts = starts;
        this.draw = draw;
        this.versions = versions;
        this.sheets = sheets;
    }

    /** A started attempt; {@code resumed} when the taker's open attempt was returned instead of a new one. */
    public record Started(long attemptId, boolean resumed) {
    }

    /**
     * Starts an attempt, or returns the taker's open one (a double click, a second tab). Refuses
     * (409) when the quiz is not open, no attempts are left, the delay has not passed, or the rules
     * cannot be filled from the banks.
     */
    public Started start(long quizId, Taker taker, @Nullable String clientIp, @Nullable String userAgent) {
        Plan plan = draw.plan(quizId).orElseThrow(Problem::notFound);
        for (int round = 0; round < 3; round++) {
            AttemptStart.Outcome outcome = starts.insert(plan, taker, clientIp, userAgent);
            if (outcome.attemptId() != null) {
                versions.remember(outcome.drawn().contents());
                metrics.attemptStarted();
                return new Started(outcome.attemptId(), false);
            }
            StartRule rule = store.startRule(quizId, taker).orElseThrow(Problem::notFound);
            if (rule.openAttemptId() != null) {
                if (!rule.openOverdue()) {
                    return new Started(rule.openAttemptId(), true);
                }
                expire(rule.openAttemptId());
                continue;
            }
            Optional<StartRule.Refusal> refusal = rule.refusal();
            if (refusal.isPresent()) {
                throw new Problem(HttpStatus.CONFLICT, refusal.get().key(), refusal.get().args());
            }
            if (outcome.shortOfQuestions()) {
                throw new Problem(HttpStatus.CONFLICT, "attempt.start.notEnoughQuestions");
            }
        }
        throw new Problem(HttpStatus.CONFLICT, "attempt.start.busy");
    }

    /** Replaces the saved responses (by displayed question position) of the taker's open attempt; 409 once it is closed. */
    public void save(long attemptId, Taker taker, List<Response> responses) {
        List<Response> clean = checked(responses);
        if (!store.save(attemptId, taker, clean)) {
            AttemptRow row = own(attemptId, taker);
            if (row.overdue()) {
                expire(attemptId);
            }
            throw new Problem(HttpStatus.CONFLICT, "attempt.error.closed");
        }
    }

    /**
     * Submits the taker's attempt with these responses (null: those saved) and returns it as the
     * taker may now see it. A retried submit returns the same stored result; a submit after the
     * deadline and its grace closes the attempt as EXPIRED with what was saved.
     */
    public AttemptSheet submit(long attemptId, Taker taker, @Nullable List<Response> responses) {
        if (store.submit(attemptId, taker, responses == null ? null : checked(responses))) {
            metrics.attemptSubmitted();
            published(attemptId);
        }
        return sheet(attemptId, taker);
    }

    /** The taker's attempt as they may see it (an overdue one is closed first). */
    public AttemptSheet sheet(long attemptId, Taker taker) {
        AttemptRow row = own(attemptId, taker);
        if (row.overdue()) {
            expire(attemptId);
            row = own(attemptId, taker);
        }
        return sheets.build(row);
    }

    /** The taker's attempts, attempts left, whether they may start, and their grade as review allows. */
    public QuizStatus status(long quizId, Taker taker) {
        List<AttemptRow> rows = rows(quizId, taker);
        StartRule rule = store.startRule(quizId, taker).orElseThrow(Problem::notFound);
        List<QuizStatus.Summary> list = new ArrayList<>();
        boolean allOpenToReview = true;
        for (AttemptRow r : rows) {
            boolean review = SheetBuilder.reviewOpen(r);
            allOpenToReview &= review || r.open();
            Long duration = r.finishedAt() == null ? null : Duration.between(r.startedAt(), r.finishedAt()).getSeconds();
            list.add(new QuizStatus.Summary(r.id(), r.number(), r.state(), r.startedAt(), r.finishedAt(), duration, review,
                    review ? r.score() : null, r.maxScore()));
        }
        Optional<StartRule.Refusal> refusal = rule.openAttemptId() == null ? rule.refusal() : Optional.empty();
        QuizGrade grade = allOpenToReview ? grade(rows).orElse(null) : null;
        return new QuizStatus(list, rule.left(), rule.openAttemptId(), refusal.map(StartRule.Refusal::key).orElse(null),
                refusal.map(r -> List.of(r.args())).orElse(List.of()), grade);
    }

    /** The taker's grade on the quiz from their closed attempts, whatever the review rules (for courses and contests). */
    public Optional<QuizGrade> grade(long quizId, Taker taker) {
        return grade(rows(quizId, taker));
    }

    /** Closes every attempt past deadline + grace, grading what was saved; returns how many. */
    public int expireDue() {
        int closed = 0;
        for (int batch = 0; batch < 50; batch++) {
            List<Long> due = store.overdue(SWEEP_BATCH);
            for (long id : due) {
                try {
                    closed += expire(id) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.error("Could not close overdue attempt {}", id, e);
                }
            }
            if (due.size() < SWEEP_BATCH) {
                break;
            }
        }
        return closed;
    }

    private List<AttemptRow> rows(long quizId, Taker taker) {
        List<AttemptRow> rows = store.list(quizId, taker);
        if (rows.stream().anyMatch(AttemptRow::overdue)) {
            rows.stream().filter(AttemptRow::overdue).forEach(r -> expire(r.id()));
            rows = store.list(quizId, taker);
        }
        return rows;
    }

    private static Optional<QuizGrade> grade(List<AttemptRow> rows) {
        List<Scored> closed = rows.stream().filter(r -> !r.open() && r.score() != null)
                .map(r -> new Scored(r.score(), r.maxScore())).toList();
        return rows.isEmpty() ? Optional.empty() : QuizGrade.of(rows.get(0).gradingMethod(), closed, rows.get(0).passPercent());
    }

    private boolean expire(long attemptId) {
        boolean closed = store.expire(attemptId);
        if (closed) {
            published(attemptId);
        }
        return closed;
    }

    private void published(long attemptId) {
        store.find(attemptId).ifPresent(r -> {
            try {
                closedEvents.publishEvent(new AttemptClosed(attemptId, r.quizId(), r.taker()));
            } catch (RuntimeException e) {
                LOG.error("A listener failed on closed attempt {}", attemptId, e);
            }
        });
    }

    private AttemptRow own(long attemptId, Taker taker) {
        return store.find(attemptId).filter(r -> r.taker().equals(taker)).orElseThrow(Problem::notFound);
    }

    private static List<Response> checked(List<Response> responses) {
        if (responses.size() > Response.MAX_LIST) {
            throw Problem.badRequest("attempt.error.tooManyResponses", Response.MAX_LIST);
        }
        List<Response> out = new ArrayList<>(responses.size());
        for (Response r : responses) {
            if (r != null && !r.withinLimits()) {
                throw Problem.badRequest("attempt.error.responseTooLong", Response.MAX_TEXT);
            }
            out.add(r == null ? Response.NONE : r);
        }
        return out;
    }
}
