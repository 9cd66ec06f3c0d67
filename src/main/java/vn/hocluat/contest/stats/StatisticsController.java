package vn.hocluat.contest.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Locale;

/**
 * The organiser's contest statistics: the page (GET …/statistics?round=all|{id}&amp;unit={id}) and
 * the same figures with the results as XLSX (…/statistics.xlsx). Scope is {@link StatsService}'s.
 */
@Hidden
@Controller("/contests/manage/{contestId}")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StatisticsController {
    private final Pages pages;
    private final Messages messages;
    private final StatsService stats;
    private final ResultLines results;

    StatisticsController(Pages pages, Messages messages, StatsService stats, ResultLines results) {
        this.pages = pages;
        this.messages = messages;
        this.stats = stats;
        this.results = results;
    }

    @Get("/statistics")
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable long contestId, @Nullable @QueryValue String round,
                         @Nullable @QueryValue String unit) {
        Statistics s = stats.statistics(user(request), contestId, round(round), id(unit));
        return pages.ok(request, "contest/statistics", StatsView.of(s, pages.locale(request)));
    }

    @Get("/statistics.xlsx")
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, @PathVariable long contestId, @Nullable @QueryValue String round,
                              @Nullable @QueryValue String unit) {
        CurrentUser user = user(request);
        Long roundId = round(round);
        Statistics s = stats.statistics(user, contestId, roundId, id(unit));
        var lines = results.lines(stats.select(user, contestId, roundId, id(unit)));
        Locale locale = pages.locale(request);
        String roundLabel = s.rounds().stream().filter(r -> r.id() == (roundId == null ? -1 : roundId)).map(Statistics.RoundRef::name)
                .findFirst().orElse(messages.get(locale, "contest.stats.allRounds"));
        byte[] body = new StatsWorkbook((key, args) -> messages.get(locale, key, args)).write(s, roundLabel, lines);
        String file = "thong-ke-cuoc-thi-" + contestId + "-" + (roundId == null ? "tat-ca" : "vong-" + roundId)
                + "-" + s.unit().code().replaceAll("[^A-Za-z0-9._-]", "-") + ".xlsx";
        return Downloads.attachment(body, Downloads.XLSX, file);
    }

    /** "all", empty or absent: every round; a round id; anything else is no round of the contest (404). */
    static Long round(@Nullable String round) {
        if (round == null || round.isBlank() || round.equals("all")) {
            return null;
        }
        return id(round);
    }

    static Long id(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw Problem.notFound();
        }
        return Long.valueOf(value.strip());
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
