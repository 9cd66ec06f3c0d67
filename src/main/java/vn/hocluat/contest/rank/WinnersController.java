package vn.hocluat.contest.rank;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;

/** The winners of a frozen round for the organisers: the page, the XLSX and the printable announcement (PDF). */
@Hidden
@Controller("/contests/manage/{contestId}/rounds/{roundId}")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class WinnersController {
    private final Pages pages;
    private final ReviewReads reads;
    private final WinnersWorkbook workbook;
    private final WinnersPdf pdf;
    private final Clock clock;

    WinnersController(Pages pages, ReviewReads reads, WinnersWorkbook workbook, WinnersPdf pdf, Clock clock) {
        this.pages = pages;
        this.reads = reads;
        this.workbook = workbook;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Get("/winners")
    HttpResponse<?> winners(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        ReviewReads.Winners w = reads.winners(user(request), contestId, roundId);
        return pages.ok(request, "contest/review/winners", WinnerViews.model(w, (key, args) -> pages.text(request, key, args)));
    }

    @Get("/winners.xlsx")
    HttpResponse<?> xlsx(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        ReviewReads.Winners w = reads.winners(user(request), contestId, roundId);
        return Downloads.attachment(workbook.write(pages.locale(request), w), Downloads.XLSX, "winners-round-" + roundId + ".xlsx");
    }

    @Get("/winners.pdf")
    HttpResponse<?> pdf(HttpRequest<?> request, @PathVariable long contestId, @PathVariable long roundId) {
        CurrentUser user = user(request);
        ReviewReads.Winners w = reads.winners(user, contestId, roundId);
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        return Downloads.attachment(pdf.render(w, pages.locale(request), user.displayName(), today), Downloads.PDF,
                "winners-round-" + roundId + ".pdf");
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
