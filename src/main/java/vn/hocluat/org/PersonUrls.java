package vn.hocluat.org;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** The URLs of the people pages, built in one place. */
final class PersonUrls {
    static final String LIST = "/people";
    static final String NEW = "/people/new";
    static final String IMPORT = "/people/import";

    private PersonUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }

    static String edit(long id) {
        return show(id) + "/edit";
    }

    static String deactivate(long id) {
        return show(id) + "/deactivate";
    }

    static String reactivate(long id) {
        return show(id) + "/reactivate";
    }

    /** The list with the same filters on another page. */
    static String list(Long unitId, String group, String q, boolean includeInactive, int page) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (unitId != null) {
            query.add("unitId=" + unitId);
        }
        if (group != null) {
            query.add("group=" + enc(group));
        }
        if (q != null) {
            query.add("q=" + enc(q));
        }
        if (includeInactive) {
            query.add("inactive=1");
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return LIST + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
