package vn.hocluat.satisfaction;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public pages that carry the footer rating (views/satisfaction/page-rating.hbs) and the path a
 * page is rated under. A page is rated per path without its query string (a contest's landing page
 * and its leaderboard are what a citizen judges, so each contest's pages are their own object),
 * except where the path carries a certificate code: verification pages collapse to their section,
 * so codes never reach the managers' table and a thousand certificates make one row. Any other path
 * (an unknown contest, a made-up address) is refused, so the table holds only real pages.
 */
@Singleton
public class PublicPages {
    /** The query the page is sent back with after a footer rating: the footer shows the thank-you notice. */
    public static final String THANKED = "?danh-gia=cam-on";

    private static final Set<String> FIXED = Set.of("/thi", "/courses");
    private static final List<String> SECTIONS = List.of("/verify", "/thi/chung-nhan");
    private static final Pattern CONTEST = Pattern.compile("/thi/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/bang-xep-hang)?");
    private static final int MAX = 300;

    private final JdbcOperations jdbc;

    PublicPages(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The path a page is rated under, or empty when the path is not a public page offering the rating. */
    @ReadOnly
    public Optional<String> rated(String path) {
        String p = withoutQuery(path);
        if (p.isEmpty() || p.length() > MAX) {
            return Optional.empty();
        }
        for (String section : SECTIONS) {
            if (p.equals(section) || p.startsWith(section + "/")) {
                return Optional.of(section);
            }
        }
        if (FIXED.contains(p)) {
            return Optional.of(p);
        }
        Matcher m = CONTEST.matcher(p);
        return m.matches() && contestExists(m.group(1)) ? Optional.of(p) : Optional.empty();
    }

    /** Where a footer rating returns: the page itself, scrolled to the footer's thank-you notice. */
    static String thanked(String back) {
        return withoutQuery(back) + THANKED + "#danh-gia";
    }

    /** The path without query string or fragment, and without a trailing slash. */
    static String withoutQuery(String path) {
        if (path == null) {
            return "";
        }
        String p = path.strip();
        int cut = p.indexOf('?');
        p = cut < 0 ? p : p.substring(0, cut);
        cut = p.indexOf('#');
        p = cut < 0 ? p : p.substring(0, cut);
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private boolean contestExists(String slug) {
        return jdbc.prepareStatement("select 1 from contest where slug = ?", st -> {
            st.setString(1, slug);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }
}
