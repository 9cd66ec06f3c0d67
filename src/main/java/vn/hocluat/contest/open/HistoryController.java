package vn.hocluat.contest.open;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.contest.play.EntryLine;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.web.Pages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in entrant's own attempts, newest first, each linking to its result (or back to its sheet while open). */
@Hidden
@Controller("/thi/lich-su")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HistoryController {
    /** One attempt as the history lists it. */
    record Row(long attemptId, String contestSlug, String contestTitle, String roundName, String started, boolean open,
               BigDecimal score, BigDecimal maxScore, String duration) {
    }

    private final Pages pages;
    private final EntryService entries;
    private final EntrantSession session;

    HistoryController(Pages pages, EntryService entries, EntrantSession session) {
        this.pages = pages;
        this.entries = entries;
        this.session = session;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request) {
        Optional<Long> who = session.entrantId(request);
        if (who.isEmpty()) {
            return Pages.seeOther("/thi/dang-nhap?next=" + LandingPage.encode("/thi/lich-su"));
        }
        List<EntryLine> lines = entries.history(who.get(), null);
        List<Row> rows = lines.stream().map(HistoryController::row).toList();
        return pages.ok(request, "contest/open/history", Map.of("rows", rows, "signedIn", true,
                "certificates", certificates(lines)));
    }

    /** A contest in which the entrant finished an attempt: a participation certificate may be downloaded. */
    record Certificate(long contestId, String contestTitle) {
    }

    private static List<Certificate> certificates(List<EntryLine> lines) {
        return lines.stream().filter(e -> !e.open()).map(e -> new Certificate(e.contestId(), e.contestTitle())).distinct().toList();
    }

    private static Row row(EntryLine e) {
        return new Row(e.attemptId(), e.contestSlug(), e.contestTitle(), e.roundName(), QuizTimes.format(e.startedAt()),
                e.open(), e.score(), e.maxScore(), e.durationMs() == null ? "" : Countdown.minutesSeconds(e.durationMs()));
    }
}
