package vn.hocluat.contest.open;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Map;
import java.util.Optional;

/** The public list of contests, a contest's landing page and the "Vào thi" form that starts (or resumes) an attempt. */
@Hidden
@Controller("/thi")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LandingController {
    private final Pages pages;
    private final OpenContestStore store;
    private final LandingPage landing;
    private final EntryService entries;
    private final EntrantSession session;
    private final HttpClientAddressResolver addresses;

    LandingController(Pages pages, OpenContestStore store, LandingPage landing, EntryService entries, EntrantSession session,
                      HttpClientAddressResolver addresses) {
        this.pages = pages;
        this.store = store;
        this.landing = landing;
        this.entries = entries;
        this.session = session;
        this.addresses = addresses;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return pages.ok(request, "contest/open/list", Map.of("contests", store.published().stream().map(ListedView::of).toList(),
                "signedIn", session.entrantId(request).isPresent()));
    }

    @Get("/{slug}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String slug) {
        return landing.render(HttpStatus.OK, request, slug, null);
    }

    @Post(value = "/{slug}/vong/{roundId}/bat-dau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, @PathVariable String slug, @PathVariable long roundId) {
        Optional<Long> entrant = session.entrantId(request);
        if (entrant.isEmpty()) {
            return Pages.seeOther("/thi/dang-nhap?next=" + LandingPage.encode("/thi/" + slug));
        }
        if (!store.roundOf(slug, roundId)) {
            throw Problem.notFound();
        }
        String address = Optional.ofNullable(addresses.resolve(request)).orElse("unknown");
        try {
            String userAgent = request.getHeaders().get(HttpHeaders.USER_AGENT);
            EntryService.Entry entry = entries.start(roundId, entrant.get(), address, userAgent);
            return Pages.seeOther("/thi/luot/" + entry.attemptId());
        } catch (Problem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw refused;
            }
            return landing.render(refused.status(), request, slug, pages.text(request, refused.messageKey(), refused.args()));
        }
    }

    /** A contest of the list with its current round's times. */
    record ListedView(String slug, String title, String unitName, String roundName, String opens, String closes, String state) {
        static ListedView of(OpenContestStore.Listed c) {
            OpenContestStore.Round r = c.round();
            return r == null ? new ListedView(c.slug(), c.title(), c.unitName(), null, null, null, null)
                    : new ListedView(c.slug(), c.title(), c.unitName(), r.name(), QuizTimes.format(r.opensAt()),
                            QuizTimes.format(r.closesAt()), r.state());
        }
    }
}
