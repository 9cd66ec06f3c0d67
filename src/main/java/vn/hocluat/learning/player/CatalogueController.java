package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The course catalogue, open to everyone: public courses, and for signed-in learners the internal courses of their units. */
@Hidden
@Controller(PlayerUrls.CATALOGUE)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogueController {
    private final Pages pages;
    private final Catalogue catalogue;
    private final Messages messages;

    CatalogueController(Pages pages, Catalogue catalogue, Messages messages) {
        this.pages = pages;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    record Option(String value, String label) {
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String group, @Nullable @QueryValue String topic,
                         @Nullable @QueryValue String q, @Nullable @QueryValue String page) {
        CurrentUser user = Pages.currentUser(request).orElse(null);
        Locale locale = pages.locale(request);
        String g = Arrays.stream(AudienceGroup.values()).map(Enum::name).filter(n -> n.equals(group)).findFirst().orElse(null);
        List<String> topics = catalogue.topics(user);
        String t = topics.contains(topic) ? topic : null;
        String text = q == null ? "" : q.strip();
        Catalogue.Result result = catalogue.search(user, new Catalogue.Filter(g, t, text.isEmpty() ? null : text, number(page)));
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("group", g);
        model.put("topic", t);
        model.put("q", text);
        model.put("groups", Arrays.stream(AudienceGroup.values()).map(a -> new Option(a.name(), messages.get(locale, "group." + a.name()))).toList());
        model.put("topics", topics.stream().map(code -> new Option(code, topicLabel(locale, code))).toList());
        String base = PlayerUrls.CATALOGUE + "?group=" + enc(g) + "&topic=" + enc(t) + "&q=" + enc(text) + "&page=";
        if (result.page() > 1) {
            model.put("previousUrl", base + (result.page() - 1));
        }
        if (result.page() < result.pages()) {
            model.put("nextUrl", base + (result.page() + 1));
        }
        return pages.ok(request, "learning/catalogue", model);
    }

    /** A topic's label ("course.topic.<code>"), the code itself when it has none. */
    private String topicLabel(Locale locale, String code) {
        String key = "course.topic." + code;
        return messages.has(key) ? messages.get(locale, key) : code;
    }

    private static int number(@Nullable String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String enc(@Nullable String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
