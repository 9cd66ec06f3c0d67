package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.satisfaction.RatingReport.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of views/satisfaction/report.hbs: rows with their links, and one page of comments. */
final class RatingReportView {
    static final String BASE = "/ratings";
    static final int COMMENTS_PER_PAGE = 20;

    private RatingReportView() {
    }

    record Row(String name, @Nullable String href, @Nullable String kind, @Nullable String owner, boolean selected,
               RatingTally tally) {
    }

    record Comment(LocalDate date, int score, String comment, String object) {
    }

    record Crumb(String name, String href, boolean current) {
    }

    static Map<String, Object> filter(RatingFilter f) {
        Map<String, Object> m = new HashMap<>();
        m.put("unitId", f.unitId());
        m.put("from", f.fromText());
        m.put("to", f.toText());
        m.put("kind", f.kindText());
        return m;
    }

    static Map<String, Object> of(Report r, RatingFilter f, @Nullable String objectKey, int page) {
        Map<String, Object> m = new HashMap<>();
        long unit = r.unit().id();
        m.put("unitName", r.unit().name());
        m.put("trail", r.trail().stream().map(u -> new Crumb(u.name(), f.url(BASE, u.id(), ""), u.id() == unit)).toList());
        m.put("total", r.total());
        m.put("units", r.units().stream().map(u -> new Row(u.own() ? null : u.unit().name(),
                u.own() ? null : f.url(BASE, u.unit().id(), ""), null, null, false, u.tally())).toList());
        String selected = r.objects().stream().anyMatch(o -> o.key().equals(objectKey)) ? objectKey : null;
        m.put("objects", r.objects().stream().map(o -> new Row(o.name(),
                f.url(BASE, unit, "&object=" + RatingFilter.enc(o.key())) + "#comments", o.object().kind().name(),
                o.ownerUnitName(), o.key().equals(selected), o.tally())).toList());
        if (selected != null) {
            m.put("selectedName", r.names().get(selected));
            m.put("allCommentsUrl", f.url(BASE, unit, "") + "#comments");
        }
        List<Rating> all = r.comments(selected);
        Paged<Rating> paged = new Paged<>(page(all, page), all.size(), page, COMMENTS_PER_PAGE);
        List<Comment> comments = new ArrayList<>();
        for (Rating c : paged.items()) {
            comments.add(new Comment(c.ratedAt().atZoneSameInstant(Dates.ZONE).toLocalDate(), c.score(), c.comment(),
                    r.names().get(RatingReport.key(c.object()))));
        }
        m.put("comments", comments);
        m.put("commentCount", all.size());
        String objectParam = selected == null ? "" : "&object=" + RatingFilter.enc(selected);
        paged.links(m, p -> f.url(BASE, unit, objectParam + "&page=" + p) + "#comments");
        m.put("xlsx", f.url(BASE + ".xlsx", unit, ""));
        return m;
    }

    private static List<Rating> page(List<Rating> all, int page) {
        int from = (int) Math.min(all.size(), Paged.offset(page, COMMENTS_PER_PAGE));
        return all.subList(from, Math.min(all.size(), from + COMMENTS_PER_PAGE));
    }
}
