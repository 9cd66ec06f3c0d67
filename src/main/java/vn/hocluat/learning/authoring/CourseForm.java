package vn.hocluat.learning.authoring;

import vn.hocluat.org.AudienceGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The course form: posted fields as the form shows them again, the values of a stored course, and the checks. */
final class CourseForm {
    static final List<String> FIELDS = List.of("slug", "title", "summary", "description", "language", "topics", "unitId",
            "visibility", "estimatedMinutes", "minMinutes");
    static final List<String> LANGUAGES = List.of("vi", "en");
    static final List<String> VISIBILITIES = List.of("INTERNAL", "PUBLIC");

    private CourseForm() {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, FormValues.text(body.get(f))));
        values.put("audience", FormValues.all(body.get("audience")));
        values.put("selfEnrol", FormValues.checked(body, "selfEnrol"));
        return values;
    }

    static Map<String, Object> blank(long unitId) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("language", "vi");
        values.put("visibility", "INTERNAL");
        values.put("unitId", Long.toString(unitId));
        values.put("audience", List.of());
        values.put("selfEnrol", true);
        return values;
    }

    static Map<String, Object> of(CourseRow c) {
        Map<String, Object> values = new HashMap<>();
        values.put("slug", c.slug());
        values.put("title", c.title());
        values.put("summary", c.summary());
        values.put("description", c.description());
        values.put("language", c.language());
        values.put("topics", String.join(", ", c.topics()));
        values.put("unitId", Long.toString(c.unitId()));
        values.put("visibility", c.visibility());
        values.put("estimatedMinutes", c.estimatedMinutes() == null ? "" : c.estimatedMinutes().toString());
        values.put("minMinutes", c.minMinutes() == null ? "" : c.minMinutes().toString());
        values.put("audience", c.audience());
        values.put("selfEnrol", c.selfEnrol());
        return values;
    }

    /** The checked data, or the errors by field in {@code errors} (then the result is not to be used). */
    @SuppressWarnings("unchecked")
    static CourseData check(Map<String, Object> v, List<Invalid.FieldError> errors) {
        String title = (String) v.get("title");
        FormValues.title("title", title, "author.course.error.title", errors);
        String slug = FormValues.slugOr((String) v.get("slug"), title);
        if (!FormValues.validSlug(slug) && !title.isEmpty()) {
            errors.add(new Invalid.FieldError("slug", "author.error.slug", slug));
        }
        String summary = (String) v.get("summary");
        if (summary.isEmpty() || summary.length() > 1000) {
            errors.add(new Invalid.FieldError("summary", "author.course.error.summary"));
        }
        String language = (String) v.get("language");
        if (!LANGUAGES.contains(language)) {
            errors.add(new Invalid.FieldError("language", "author.course.error.language"));
        }
        String visibility = (String) v.get("visibility");
        if (!VISIBILITIES.contains(visibility)) {
            errors.add(new Invalid.FieldError("visibility", "author.course.error.visibility"));
        }
        List<String> audience = (List<String>) v.get("audience");
        List<String> groups = Arrays.stream(AudienceGroup.values()).map(Enum::name).toList();
        audience.stream().filter(a -> !groups.contains(a)).findFirst()
                .ifPresent(a -> errors.add(new Invalid.FieldError("audience", "author.course.error.audience", a)));
        List<String> topics = topics((String) v.get("topics"), errors);
        long unitId = -1;
        try {
            unitId = Long.parseLong((String) v.get("unitId"));
        } catch (NumberFormatException e) {
            errors.add(new Invalid.FieldError("unitId", "author.course.error.unit"));
        }
        Integer estimated = FormValues.minutes("estimatedMinutes", (String) v.get("estimatedMinutes"), "author.course.estimatedMinutes", errors);
        Integer min = FormValues.minutes("minMinutes", (String) v.get("minMinutes"), "author.course.minMinutes", errors);
        return new CourseData(slug, title, summary, (String) v.get("description"), language,
                groups.stream().filter(audience::contains).toList(), topics, unitId, visibility, (Boolean) v.get("selfEnrol"), estimated, min);
    }

    /** "luat-pbgdpl, hoa-giai-co-so" → the distinct codes in order; a bad code is an error naming it. */
    private static List<String> topics(String text, List<Invalid.FieldError> errors) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String code = part.trim();
            if (code.isEmpty() || out.contains(code)) {
                continue;
            }
            if (!FormValues.validSlug(code)) {
                errors.add(new Invalid.FieldError("topics", "author.course.error.topic", code));
                return out;
            }
            out.add(code);
        }
        return out;
    }
}
