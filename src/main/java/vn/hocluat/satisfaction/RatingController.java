package vn.hocluat.satisfaction;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one-question rating form's target (views/satisfaction/form.hbs, shown after a contest result):
 * the rater is the signed-in account, else the signed-in entrant, else the signed anonymous cookie
 * (issued here). A refused rating re-renders the form (422); a recorded one goes to a thank-you page,
 * or, for a public page's footer form ({@link PublicPages}), back to the page with the thank-you notice.
 */
@Hidden
@Controller("/danh-gia")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RatingController {
    private final Pages pages;
    private final RatingService ratings;
    private final AnonymousRaters anonymous;
    private final EntrantSession entrants;
    private final HttpClientAddressResolver addresses;
    private final PublicPages publicPages;

    RatingController(Pages pages, RatingService ratings, AnonymousRaters anonymous, EntrantSession entrants,
                     HttpClientAddressResolver addresses, PublicPages publicPages) {
        this.pages = pages;
        this.publicPages = publicPages;
        this.ratings = ratings;
        this.anonymous = anonymous;
        this.entrants = entrants;
        this.addresses = addresses;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rate(HttpRequest<?> request, @Body Map<String, String> form) {
        RatedObject object = object(form);
        String back = back(form.getOrDefault("back", form.get("path")));
        Cookie issued = null;
        Rater rater;
        Optional<Long> account = Pages.currentUser(request).map(u -> u.accountId());
        Optional<Long> entrant = account.isPresent() ? Optional.empty() : entrants.entrantId(request);
        if (account.isPresent()) {
            rater = Rater.account(account.get());
        } else if (entrant.isPresent()) {
            rater = Rater.entrant(entrant.get());
        } else {
            Optional<String> id = request.getCookies().findCookie(AnonymousRaters.COOKIE).flatMap(c -> anonymous.verify(c.getValue()));
            if (id.isEmpty()) {
                String value = anonymous.issue();
                issued = Cookie.of(AnonymousRaters.COOKIE, value).httpOnly(true).path("/").maxAge(Duration.ofDays(400));
                id = anonymous.verify(value);
            }
            rater = Rater.anonymous(id.orElseThrow());
        }
        int score = score(form.get("score"));
        try {
            ratings.record(new RatingRequest(object, score, form.get("comment"), rater, addresses.resolve(request)));
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND) {
                throw p;
            }
            Map<String, Object> model = new HashMap<>(form);
            model.put("error", pages.text(request, p.messageKey(), p.args()));
            model.put("kind", object.kind().name());
            model.put("object", object.id());
            model.put("path", object.kind() == RatedObject.Kind.PAGE ? back : null);
            model.put("back", back);
            return withCookie(pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "satisfaction/rate", model), issued);
        }
        return withCookie(Pages.seeOther(object.kind() == RatedObject.Kind.PAGE ? PublicPages.thanked(back)
                : "/danh-gia/cam-on?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)), issued);
    }

    private static MutableHttpResponse<?> withCookie(MutableHttpResponse<?> response, Cookie issued) {
        return issued == null ? response : response.cookie(issued);
    }

    @Get("/cam-on")
    HttpResponse<?> thanks(HttpRequest<?> request, @QueryValue(defaultValue = "/") String back) {
        return pages.ok(request, "satisfaction/thanks", Map.of("back", back(back)));
    }

    private RatedObject object(Map<String, String> form) {
        if ("PAGE".equals(form.get("kind"))) {
            return publicPages.rated(form.get("path")).map(RatedObject::page).orElseThrow(Problem::notFound);
        }
        try {
            long id = Long.parseLong(form.getOrDefault("object", ""));
            return switch (form.getOrDefault("kind", "")) {
                case "COURSE" -> RatedObject.course(id);
                case "CONTEST" -> RatedObject.contest(id);
                default -> throw Problem.notFound();
            };
        } catch (NumberFormatException e) {
            throw Problem.notFound();
        }
    }

    private static int score(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A local path only (no other site, no scheme-relative "//host"). */
    private static String back(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
