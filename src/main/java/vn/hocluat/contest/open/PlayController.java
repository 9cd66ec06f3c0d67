package vn.hocluat.contest.open;

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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.Response;
import vn.hocluat.assessment.attempt.AttemptForm;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.contest.play.EntryLine;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.satisfaction.RatingForms;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entrant's attempt: the sheet (a plain form with "Lưu" and "Nộp bài"; static/thi.js autosaves,
 * ticks and submits at the deadline when JavaScript runs), and the result. The server is the clock:
 * a late submit closes the attempt as expired with what was saved. Another entrant's attempt is a 404.
 */
@Hidden
@Controller("/thi/luot/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlayController {
    private static final String CLOSED = "attempt.error.closed";

    private final Pages pages;
    private final OpenContestStore store;
    private final EntryService entries;
    private final EntrantSession session;
    private final RatingForms ratingForms;

    PlayController(Pages pages, OpenContestStore store, EntryService entries, EntrantSession session, RatingForms ratingForms) {
        this.pages = pages;
        this.store = store;
        this.entries = entries;
        this.session = session;
        this.ratingForms = ratingForms;
    }

    @Get
    HttpResponse<?> sheet(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String saved) {
        Optional<Long> who = session.entrantId(request);
        if (who.isEmpty()) {
            return signIn(id);
        }
        return sheetPage(request, HttpStatus.OK, id, who.get(), saved != null, null, null);
    }

    /** "Lưu": 303 back to the sheet, or 204 to the script's fetch; a closed attempt goes to its result (409 to the script). */
    @Post(value = "/luu", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        Optional<Long> who = session.entrantId(request);
        if (who.isEmpty()) {
            return signIn(id);
        }
        boolean fetch = "fetch".equals(request.getHeaders().get("X-Requested-With"));
        List<Response> responses = AttemptForm.responses(body);
        try {
            BigDecimal prediction = prediction(id, who.get(), responses, body);
            entries.save(id, who.get(), responses, prediction);
            return fetch ? HttpResponse.noContent() : Pages.seeOther("/thi/luot/" + id + "?saved=1");
        } catch (Problem p) {
            if (CLOSED.equals(p.messageKey())) {
                return fetch ? HttpResponse.status(HttpStatus.CONFLICT) : Pages.seeOther(result(id));
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return fetch ? HttpResponse.unprocessableEntity()
                    : sheetPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, who.get(), false, p, body.get(Predictions.FIELD));
        }
    }

    /** "Nộp bài" (also the script at the deadline): 303 to the result; a late submit lands as expired. */
    @Post(value = "/nop", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        Optional<Long> who = session.entrantId(request);
        if (who.isEmpty()) {
            return signIn(id);
        }
        List<Response> responses = AttemptForm.responses(body);
        try {
            entries.submit(id, who.get(), responses, prediction(id, who.get(), responses, body));
            return Pages.seeOther(result(id));
        } catch (Problem p) {
            if (p.status() == HttpStatus.CONFLICT) {
                return Pages.seeOther(result(id));
            }
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return sheetPage(request, HttpStatus.UNPROCESSABLE_ENTITY, id, who.get(), false, p, body.get(Predictions.FIELD));
        }
    }

    @Get("/ket-qua")
    HttpResponse<?> result(HttpRequest<?> request, @PathVariable long id) {
        Optional<Long> who = session.entrantId(request);
        if (who.isEmpty()) {
            return signIn(id);
        }
        EntryLine line = entries.result(id, who.get());
        if (line.open()) {
            return Pages.seeOther("/thi/luot/" + id);
        }
        OpenContestStore.Play play = store.play(id, who.get()).orElseThrow(Problem::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("line", line);
        model.put("play", play);
        model.put("duration", Countdown.minutesSeconds(line.durationMs() == null ? 0 : line.durationMs()));
        model.put("prediction", Predictions.show(line.prediction(), pages.locale(request).getLanguage()));
        model.put("attemptsLeft", play.attemptsPerRound() == null ? pages.text(request, "contest.public.result.unlimited")
                : String.valueOf(Math.max(0, play.attemptsPerRound() - play.attemptsUsed())));
        model.put("signedIn", true);
        ratingForms.contestOfRound(play.roundId(), "/thi/luot/" + id + "/ket-qua").ifPresent(f -> model.put("rating", f));
        return pages.ok(request, "contest/open/result", model);
    }

    /**
     * The typed prediction; when it is not a number of the accepted form the responses are saved
     * anyway (nothing typed is lost) before the 400 that re-renders the sheet.
     */
    @Nullable
    private BigDecimal prediction(long id, long entrantId, List<Response> responses, Map<String, Object> body) {
        try {
            return Predictions.parse(body.get(Predictions.FIELD));
        } catch (Problem bad) {
            entries.save(id, entrantId, responses, null);
            throw bad;
        }
    }

    private HttpResponse<?> sheetPage(HttpRequest<?> request, HttpStatus status, long id, long entrantId, boolean saved,
                                      @Nullable Problem error, @Nullable Object typedPrediction) {
        OpenContestStore.Play play = store.play(id, entrantId).orElseThrow(Problem::notFound);
        AttemptSheet sheet = entries.sheet(id, entrantId);
        if (!sheet.inProgress()) {
            return Pages.seeOther(result(id));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", sheet);
        model.put("play", play);
        model.put("saved", saved);
        model.put("error", error == null ? null : pages.text(request, error.messageKey(), error.args()));
        model.put("prediction", typedPrediction != null ? typedPrediction.toString()
                : Predictions.show(play.prediction(), pages.locale(request).getLanguage()));
        model.put("left", sheet.secondsLeft());
        model.put("leftText", sheet.secondsLeft() == null ? null
                : Countdown.text(sheet.secondsLeft(), pages.text(request, "contest.public.days")));
        model.put("signedIn", true);
        return pages.render(status, request, "contest/open/sheet", model);
    }

    private static String result(long id) {
        return "/thi/luot/" + id + "/ket-qua";
    }

    private static HttpResponse<?> signIn(long id) {
        return Pages.seeOther("/thi/dang-nhap?next=" + LandingPage.encode("/thi/luot/" + id));
    }
}
