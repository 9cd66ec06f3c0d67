package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;

import vn.hocluat.platform.text.Dates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every URL of the team pages, built in one place. */
final class TeamUrls {
    static final String LIST = "/mediation/teams";
    static final String NEW = LIST + "/new";
    static final String IMPORT = LIST + "/import";

    private TeamUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }

    static String edit(long id) {
        return show(id) + "/edit";
    }

    /** The list with its filters; "on" (the day completeness is judged on) only when it is not today. */
    static String list(@Nullable Long unitId, @Nullable String q, TeamListing.State state, @Nullable LocalDate on, int page) {
        List<String> params = new ArrayList<>();
        if (unitId != null) {
            params.add("unit=" + unitId);
        }
        if (q != null && !q.isBlank()) {
            params.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (state != TeamListing.State.ALL) {
            params.add("state=" + state.name().toLowerCase(Locale.ROOT));
        }
        if (on != null) {
            params.add("on=" + URLEncoder.encode(Dates.format(on), StandardCharsets.UTF_8));
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return params.isEmpty() ? LIST : LIST + "?" + String.join("&", params);
    }
}
