package vn.hocluat.contest.open;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.contest.manage.BannerService;
import vn.hocluat.contest.rank.ReviewService;
import vn.hocluat.contest.stats.PublicTotals;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.PublicUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The landing page of a published contest: rules, rounds, the current round with its countdown,
 * the cached live counters, share links and OpenGraph tags, and the entry panel (the "Vào thi"
 * form for the open round, or why not). Rendered again with the reason when a start is refused.
 */
@Singleton
class LandingPage {
    /** A round as listed: times as dd/MM/yyyy HH:mm and its state (OPEN, UPCOMING, CLOSED). */
    record RoundView(long id, String name, String opens, String closes, String state) {
    }

    private final Pages pages;
    private final OpenContestStore store;
    private final PublicTotals counters;
    private final EntrantSession session;
    private final PublicUrl publicUrl;
    private final ReviewService reviews;
    private final BannerService banners;

    LandingPage(Pages pages, OpenContestStore store, PublicTotals counters, EntrantSession session, PublicUrl publicUrl,
                ReviewService reviews, BannerService banners) {
        this.reviews = reviews;
        this.banners = banners;
        this.pages = pages;
        this.store = store;
        this.counters = counters;
        this.session = session;
        this.publicUrl = publicUrl;
    }

    MutableHttpResponse<String> render(HttpStatus status, HttpRequest<?> request, String slug, @Nullable String refusal) {
        OpenContestStore.Contest contest = store.bySlug(slug).orElseThrow(Problem::notFound);
        List<OpenContestStore.Round> rounds = store.rounds(contest.id());
        Optional<OpenContestStore.Round> current = current(rounds);
        String url = publicUrl.base(request) + "/thi/" + contest.slug();
        String description = firstParagraph(contest.rulesMd());

        Map<String, Object> model = new HashMap<>();
        model.put("contest", contest);
        model.put("rulesHtml", Markdown.toSafeHtml(contest.rulesMd()));
        model.put("rounds", rounds.stream().map(r -> new RoundView(r.id(), r.name(), QuizTimes.format(r.opensAt()),
                QuizTimes.format(r.closesAt()), r.state())).toList());
        current.ifPresent(r -> {
            long left = Duration.between(r.now(), "OPEN".equals(r.state()) ? r.closesAt() : r.opensAt()).getSeconds();
            model.put("current", new RoundView(r.id(), r.name(), QuizTimes.format(r.opensAt()), QuizTimes.format(r.closesAt()),
                    r.state()));
            model.put("left", left);
            model.put("leftText", Countdown.text(left, pages.text(request, "contest.public.days")));
        });
        model.put("counters", counters.totals(contest.id()));
        Optional<Long> entrant = session.entrantId(request);
        model.put("signedIn", entrant.isPresent());
        entrant.flatMap(id -> reviews.disqualification(contest.id(), id)).ifPresent(reason ->
                model.put("disqualified", pages.text(request, "contest.review.start.disqualified", reason)));
        model.put("signInUrl", "/thi/dang-nhap?next=" + encode("/thi/" + contest.slug()));
        model.put("refusal", refusal);
        Map<String, String> og = new HashMap<>(Map.of("title", contest.title(), "description", description, "url", url));
        if (banners.exists(contest.id())) {
            og.put("image", publicUrl.base(request) + "/thi/anh/" + contest.id());
            model.put("banner", "/thi/anh/" + contest.id());
        }
        model.put("og", og);
        model.put("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + encode(url));
        String zaloData = Base64.getEncoder().encodeToString(("{\"url\":\"" + url + "\"}").getBytes(StandardCharsets.UTF_8));
        model.put("zalo", "https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&shareType=0&d="
                + encode(zaloData));
        return pages.render(status, request, "contest/open/landing", model);
    }

    /** The open round, else the next to open; none when every round has closed. */
    static Optional<OpenContestStore.Round> current(List<OpenContestStore.Round> rounds) {
        Optional<OpenContestStore.Round> open = rounds.stream().filter(r -> "OPEN".equals(r.state())).findFirst();
        return open.isPresent() ? open : rounds.stream().filter(r -> "UPCOMING".equals(r.state()))
                .min((a, b) -> a.opensAt().compareTo(b.opensAt()));
    }

    /** The rules' first paragraph as plain text (Markdown marks dropped), at most 300 characters. */
    static String firstParagraph(String markdown) {
        for (String block : markdown.strip().split("\\R\\s*\\R")) {
            String text = block.replaceAll("!?\\[([^]]*)]\\([^)]*\\)", "$1")
                    .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+", "")
                    .replaceAll("[*_`~]+", "").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                return text.length() > 300 ? text.substring(0, 299) + "…" : text;
            }
        }
        return "";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
