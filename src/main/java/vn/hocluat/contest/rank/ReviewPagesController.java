package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers' review of a round: ranking (provisional or frozen, flags per row), flags, an entrant's
 * disqualification or reinstatement with a reason, the decision log, freeze, and publishing the results.
 */
@Hidden
@Controller("/contests/manage/{contestId}/rounds/{roundId}")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewPagesController {
    static final int PAGE_SIZE = 50;

    private final Pages pages;
    private final ReviewService review;
    private final ReviewReads reads;

    ReviewPagesController(Pages pages, ReviewService review, ReviewReads reads) {
        this.pages = pages;
        this.review = review;
        this.reads = reads;
    }

    @Serdeable
    record DecisionForm(@Nullable String reason) {
    }

    static String base(long contestId, long roundId) {
        return "/contests/manage/" + contestId + "/rounds/" + roundId;
    }

    @Get("/ranking")
    HttpResponse<?> ranking(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId,
                            @Nullable @QueryValue String page) {
        int p = Params.page(page);
        ReviewReads.Ranking r = reads.ranking(user(request), contestId, roundId, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Object> model = head(r.head());
        model.put("provisional", r.provisional());
        model.put("rows", RankViews.rows(r.rows()));
        model.put("total", r.total());
        model.put("page", p);
        model.put("pages", Math.max(1, (r.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        String url = base(contestId, roundId) + "/ranking?page=";
        if (p > 1) {
            model.put("previousUrl", url + (p - 1));
        }
        if ((long) p * PAGE_SIZE < r.total()) {
            model.put("nextUrl", url + (p + 1));
        }
        return pages.ok(request, "contest/review/ranking", model);
    }

    @Get("/flags")
    HttpResponse<?> flags(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        CurrentUser user = user(request);
        Map<String, Object> model = head(review.round(user, contestId, roundId));
        model.put("flags", reads.flags(user, contestId, roundId).stream().map(f -> {
            Map<String, Object> m = new HashMap<>();
            m.put("entrantId", f.entrantId());
            m.put("name", f.fullName());
            m.put("phone", f.phone());
            m.put("unit", f.unitName());
            m.put("kind", f.kind());
            m.put("detail", pages.text(request, "contest.review.flag." + f.kind() + ".detail", f.detail().toArray()));
            m.put("seconds", f.durationMs() == null ? null : RankViews.seconds(f.durationMs()));
            m.put("score", RankViews.plain(f.score()));
            m.put("maxScore", RankViews.plain(f.maxScore()));
            m.put("started", QuizTimes.formatSeconds(f.startedAt()));
            m.put("disqualified", f.disqualified());
            return m;
        }).toList());
        return pages.ok(request, "contest/review/flags", model);
    }

    @Post(value = "/flags", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reflag(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        review.reflag(user(request), contestId, roundId);
        return Pages.seeOther(base(contestId, roundId) + "/flags");
    }

    @Get("/entrants/{entrantId}")
    HttpResponse<?> decisionForm(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId,
                                 @PathVariable long entrantId) {
        return form(request, contestId, roundId, entrantId, HttpStatus.OK, "", null);
    }

    @Post(value = "/entrants/{entrantId}/disqualify", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disqualify(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId,
                               @PathVariable long entrantId, @Body DecisionForm body) {
        return decide(request, contestId, roundId, entrantId, body, true);
    }

    @Post(value = "/entrants/{entrantId}/reinstate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reinstate(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId,
                              @PathVariable long entrantId, @Body DecisionForm body) {
        return decide(request, contestId, roundId, entrantId, body, false);
    }

    private HttpResponse<?> decide(HttpRequest<?> request, long contestId, long roundId, long entrantId, DecisionForm body,
                                   boolean disqualify) {
        try {
            if (disqualify) {
                review.disqualify(user(request), contestId, roundId, entrantId, body.reason());
            } else {
                review.reinstate(user(request), contestId, roundId, entrantId, body.reason());
            }
            return Pages.seeOther(base(contestId, roundId) + "/decisions");
        } catch (ReviewInvalid e) {
            return form(request, contestId, roundId, entrantId, HttpStatus.UNPROCESSABLE_ENTITY, body.reason(), e.messageKey());
        }
    }

    @Get("/decisions")
    HttpResponse<?> decisions(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        CurrentUser user = user(request);
        Map<String, Object> model = head(review.round(user, contestId, roundId));
        model.put("decisions", reads.decisions(user, contestId, roundId).stream().map(d -> Map.of(
                "name", d.fullName(), "phone", d.phone(), "action", d.action(), "reason", d.reason(), "by", d.byName(),
                "at", QuizTimes.formatSeconds(d.at()), "entrantId", d.entrantId())).toList());
        return pages.ok(request, "contest/review/decisions", model);
    }

    @Post(value = "/freeze", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> freeze(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        review.freeze(user(request), contestId, roundId);
        return Pages.seeOther(base(contestId, roundId) + "/ranking");
    }

    @Post(value = "/publish-results", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publishResults(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        review.publishResults(user(request), contestId, roundId);
        return Pages.seeOther(base(contestId, roundId) + "/winners");
    }

    private HttpResponse<?> form(HttpRequest<?> request, long contestId, long roundId, long entrantId, HttpStatus status,
                                 @Nullable String reason, @Nullable String errorKey) {
        CurrentUser user = user(request);
        Map<String, Object> model = head(review.round(user, contestId, roundId));
        List<ReviewReads.Decision> mine = reads.decisions(user, contestId, roundId).stream()
                .filter(d -> d.entrantId() == entrantId).toList();
        model.put("entrant", reads.entrant(roundId, entrantId));
        model.put("disqualified", !mine.isEmpty() && "DISQUALIFY".equals(mine.get(0).action()));
        model.put("history", mine.stream().map(d -> Map.of("action", d.action(), "reason", d.reason(), "by", d.byName(),
                "at", QuizTimes.formatSeconds(d.at()))).toList());
        model.put("reason", reason == null ? "" : reason);
        if (errorKey != null) {
            model.put("reasonError", pages.text(request, errorKey, ReviewService.MAX_REASON));
        }
        return pages.render(status, request, "contest/review/decide", model);
    }

    /** The facts every review page shows about the round, and the actions its state allows. */
    static Map<String, Object> head(RoundHead h) {
        Map<String, Object> m = new HashMap<>();
        m.put("contestId", h.contestId());
        m.put("roundId", h.roundId());
        m.put("contestTitle", h.contestTitle());
        m.put("roundName", h.name());
        m.put("base", base(h.contestId(), h.roundId()));
        m.put("closesAt", QuizTimes.format(h.closesAt()));
        m.put("closed", h.closed());
        m.put("frozen", h.frozen());
        m.put("frozenAt", h.frozen() ? QuizTimes.formatSeconds(h.frozenAt()) : null);
        m.put("frozenBy", h.frozenByName());
        m.put("actual", h.predictionActual());
        m.put("predictionKind", h.predictionKind());
        m.put("hasPrediction", h.hasPrediction());
        m.put("published", h.resultsPublished());
        m.put("publishedAt", h.resultsPublished() ? QuizTimes.formatSeconds(h.resultsPublishedAt()) : null);
        m.put("canFreeze", h.closed() && !h.resultsPublished());
        m.put("canPublish", h.frozen() && !h.resultsPublished());
        return m;
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
