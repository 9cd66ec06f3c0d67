package vn.hocluat.learning.authoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lesson form: posted fields as the form shows them again, a stored lesson's values, and the checks that need no database. */
final class LessonForm {
    static final List<String> KINDS = List.of("TEXT", "VIDEO", "AUDIO", "DOCUMENT", "QUIZ");
    static final List<String> FIELDS = List.of("title", "slug", "kind", "minutes", "body", "url", "quizId", "moduleId");
    private static final int URL_MAX = 1000;

    private LessonForm() {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, FormValues.text(body.get(f))));
        values.put("required", FormValues.checked(body, "required"));
        values.put("mustPass", FormValues.checked(body, "mustPass"));
        return values;
    }

    static Map<String, Object> blank(long moduleId) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("kind", "TEXT");
        values.put("moduleId", Long.toString(moduleId));
        values.put("required", true);
        values.put("mustPass", true);
        return values;
    }

    static Map<String, Object> of(LessonRow l) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", l.title());
        values.put("slug", l.slug());
        values.put("kind", l.kind());
        values.put("minutes", l.minutes() == null ? "" : l.minutes().toString());
        values.put("body", l.body());
        values.put("url", l.externalUrl() == null ? "" : l.externalUrl());
        values.put("quizId", l.quizId() == null ? "" : l.quizId().toString());
        values.put("moduleId", Long.toString(l.moduleId()));
        values.put("required", l.required());
        values.put("mustPass", l.mustPass());
        return values;
    }

    /**
     * The fields every lesson has, checked; the file, link and quiz are resolved by the service.
     * Adds errors by field; the result is not to be used when any was added.
     */
    static LessonData check(Map<String, Object> v, List<Invalid.FieldError> errors) {
        String title = (String) v.get("title");
        FormValues.title("title", title, "author.lesson.error.title", errors);
        String slug = FormValues.slugOr((String) v.get("slug"), title);
        if (!FormValues.validSlug(slug) && !title.isEmpty()) {
            errors.add(new Invalid.FieldError("slug", "author.error.slug", slug));
        }
        String kind = (String) v.get("kind");
        if (!KINDS.contains(kind)) {
            errors.add(new Invalid.FieldError("kind", "author.lesson.error.kind"));
        }
        Integer minutes = FormValues.minutes("minutes", (String) v.get("minutes"), "author.lesson.minutes", errors);
        long moduleId = -1;
        try {
            moduleId = Long.parseLong((String) v.get("moduleId"));
        } catch (NumberFormatException e) {
            errors.add(new Invalid.FieldError("moduleId", "author.lesson.error.module"));
        }
        // a link matters only for the kinds that show a file; the field may keep a value from another kind
        String url = MediaKind.ofLesson(kind).isPresent() ? (String) v.get("url") : "";
        if (!url.isEmpty() && !httpsUrl(url)) {
            errors.add(new Invalid.FieldError("url", "author.lesson.error.url"));
        }
        return new LessonData(moduleId, slug, kind, title, (String) v.get("body"), (Boolean) v.get("required"), minutes,
                null, url.isEmpty() ? null : url, null, (Boolean) v.get("mustPass"));
    }

    static boolean httpsUrl(String url) {
        if (url.length() > URL_MAX || !url.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
