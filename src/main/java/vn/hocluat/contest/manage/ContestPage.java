package vn.hocluat.contest.manage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contest page of the organiser (facts, rules, banner, rounds, prizes, publish) with the
 * blank or refused forms on it; each organiser controller re-renders it with its own errors.
 */
@Singleton
class ContestPage {
    private final Pages pages;
    private final ContestService contests;
    private final ContestQueries queries;
    private final PrizeService prizes;
    private final BannerService banners;

    ContestPage(Pages pages, ContestService contests, ContestQueries queries, PrizeService prizes,
                BannerService banners) {
        this.pages = pages;
        this.contests = contests;
        this.queries = queries;
        this.prizes = prizes;
        this.banners = banners;
    }

    /** The page; {@code extra} overrides the blank forms (round, prize), adds errors, reasons or bannerError. */
    HttpResponse<?> render(HttpRequest<?> request, long id, HttpStatus status, Map<String, Object> extra) {
        CurrentUser user = user(request);
        ContestQueries.ContestLine contest = queries.get(user, id);
        List<ContestService.Round> rounds = contests.rounds(user, id);
        Map<Long, String> roundNames = new HashMap<>();
        rounds.forEach(r -> roundNames.put(r.id(), r.name()));
        Map<String, Object> model = new HashMap<>();
        model.put("contest", contest);
        model.put("rulesHtml", Markdown.toSafeHtml(contest.rulesMd()));
        model.put("rounds", rounds.stream().map(r -> Map.of("id", r.id(), "name", r.name(),
                "opensAt", QuizTimes.format(r.opensAt()), "closesAt", QuizTimes.format(r.closesAt()))).toList());
        model.put("prizes", prizes.prizes(user, id).stream().map(p -> Map.of("id", p.id(), "kind", p.kind(),
                "tier", p.tier(), "name", p.name(), "count", p.count(),
                "round", p.roundId() == null ? "" : roundNames.get(p.roundId()))).toList());
        model.put("kinds", PrizeValues.KINDS);
        model.put("banner", banners.exists(id));
        model.put("round", Map.of("name", "", "opensAt", "", "closesAt", ""));
        model.put("prize", Map.of("roundId", "", "kind", Prize.INDIVIDUAL, "tier", "1", "name", "", "count", "1"));
        model.put("errors", Map.of());
        model.put("reasons", List.of());
        model.put("draft", "DRAFT".equals(contest.status()));
        model.putAll(extra);
        return pages.render(status, request, "contest/manage-show", model);
    }

    /** Field → localised message. */
    Map<String, String> localised(HttpRequest<?> request, ContestInvalid e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach((field, key) -> out.put(field, pages.text(request, key)));
        return out;
    }

    static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }

    /** One posted field as text ("" when absent; the first value when repeated). */
    static String field(Map<String, Object> body, String name) {
        List<String> all = fields(body, name);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Every value of a repeated field (a multiple select). */
    static List<String> fields(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v instanceof Iterable<?> many) {
            List<String> out = new java.util.ArrayList<>();
            many.forEach(x -> out.add(String.valueOf(x)));
            return out;
        }
        return v == null ? List.of() : List.of(v.toString());
    }
}
