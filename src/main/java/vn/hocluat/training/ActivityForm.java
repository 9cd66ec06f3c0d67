package vn.hocluat.training;

import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The activity form as text values, and its field checks (messages in the bundles, activity.error.*). */
final class ActivityForm {
    static final List<String> FIELDS = List.of("title", "topics", "unitId", "mode", "startsOn", "endsOn", "location", "link", "trainers");
    static final int TITLE_MAX = 300;
    static final int LOCATION_MAX = 300;
    static final int LINK_MAX = 1000;
    static final int TRAINERS_MAX = 1000;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]{1,64}");

    private ActivityForm() {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        return FormInvalid.values(body, FIELDS);
    }

    static Map<String, Object> blank(long unitId) {
        Map<String, Object> values = FormInvalid.blank(FIELDS);
        values.put("unitId", Long.toString(unitId));
        values.put("mode", ActivityMode.IN_PERSON.name());
        return values;
    }

    static Map<String, Object> of(ActivityView a) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", a.title());
        values.put("topics", a.topicList());
        values.put("unitId", Long.toString(a.unitId()));
        values.put("mode", a.mode().name());
        values.put("startsOn", Dates.format(a.startsOn()));
        values.put("endsOn", Dates.format(a.endsOn()));
        values.put("location", a.location() == null ? "" : a.location());
        values.put("link", a.link() == null ? "" : a.link());
        values.put("trainers", a.trainers() == null ? "" : a.trainers());
        return values;
    }

    static ActivityInput input(Map<String, Object> v) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        String title = Params.text(v.get("title"));
        if (title.isEmpty()) {
            errors.add("title", "activity.error.title");
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", "activity.error.length", TITLE_MAX, title.length());
        }
        List<String> topics = topics(errors, Params.text(v.get("topics")));
        String unit = Params.text(v.get("unitId"));
        if (!unit.matches("\\d{1,18}")) {
            errors.add("unitId", "activity.error.unit");
        }
        ActivityMode mode = null;
        try {
            mode = ActivityMode.valueOf(Params.text(v.get("mode")));
        } catch (IllegalArgumentException e) {
            errors.add("mode", "activity.error.mode");
        }
        LocalDate starts = date(errors, v, "startsOn");
        LocalDate ends = date(errors, v, "endsOn");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", "activity.error.endsBefore", Dates.format(ends), Dates.format(starts));
        }
        String location = optional(errors, v, "location", LOCATION_MAX);
        String link = optional(errors, v, "link", LINK_MAX);
        if (link != null && !errors.has("link") && !link.matches("(?i)https?://\\S+")) {
            errors.add("link", "activity.error.link");
        }
        String trainers = optional(errors, v, "trainers", TRAINERS_MAX);
        errors.throwIfAny();
        return new ActivityInput(title, topics, Long.parseLong(unit), mode, starts, ends, location, link, trainers);
    }

    private static List<String> topics(FormInvalid.Collector errors, String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String code = part.trim();
            if (code.isEmpty()) {
                continue;
            }
            if (!TOPIC.matcher(code).matches()) {
                errors.add("topics", "activity.error.topic", code);
                return out;
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static String optional(FormInvalid.Collector errors, Map<String, Object> v, String field, int max) {
        String text = Params.text(v.get(field));
        if (text.length() > max) {
            errors.add(field, "activity.error.length", max, text.length());
        }
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(FormInvalid.Collector errors, Map<String, Object> v, String field) {
        String text = Params.text(v.get(field));
        if (text.isEmpty()) {
            errors.add(field, "activity.error." + field + ".required");
            return null;
        }
        LocalDate d = Dates.parse(text).orElse(null);
        if (d == null) {
            errors.add(field, "activity.error.date", text);
        }
        return d;
    }
}
