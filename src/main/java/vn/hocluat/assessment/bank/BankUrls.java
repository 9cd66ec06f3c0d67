package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.question.QuestionType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** The URLs of the bank and question pages, built in one place. */
final class BankUrls {
    static final String LIST = "/banks";
    static final String NEW = "/banks/new";
    static final String TEMPLATE_XLSX = "/banks/import-template.xlsx";

    private BankUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }

    static String edit(long id) {
        return show(id) + "/edit";
    }

    static String importPage(long id) {
        return show(id) + "/import";
    }

    static String exportGift(long id) {
        return show(id) + "/export.gift";
    }

    static String exportXlsx(long id) {
        return show(id) + "/export.xlsx";
    }

    static String questions(long bankId) {
        return show(bankId) + "/questions";
    }

    static String newQuestion(long bankId, QuestionType type) {
        return questions(bankId) + "/new" + (type == null ? "" : "?type=" + type.name());
    }

    static String question(long bankId, long id) {
        return questions(bankId) + "/" + id;
    }

    static String questionVersion(long bankId, long id, int version) {
        return question(bankId, id) + "?version=" + version;
    }

    static String editQuestion(long bankId, long id) {
        return question(bankId, id) + "/edit";
    }

    /** The bank page with the same filters on another page. */
    static String show(long id, QuestionFilter f, int page) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "category", f.category());
        add(query, "difficulty", f.difficulty() == null ? null : f.difficulty().name());
        add(query, "type", f.type() == null ? null : f.type().name());
        add(query, "tag", f.tag());
        add(query, "q", f.q());
        if (page > 1) {
            query.add("page=" + page);
        }
        return show(id) + query;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
