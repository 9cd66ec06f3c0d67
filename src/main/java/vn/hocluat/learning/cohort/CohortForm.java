package vn.hocluat.learning.cohort;

import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The new-cohort form as text values, and its field checks (messages in the bundles, cohort.error.*). */
final class CohortForm {
    static final List<String> FIELDS = List.of("courseId", "title", "unitId", "startsOn", "endsOn");
    static final int TITLE_MAX = 300;

    private CohortForm() {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        return FormInvalid.values(body, FIELDS);
    }

    static Map<String, Object> blank(long unitId) {
        Map<String, Object> values = FormInvalid.blank(FIELDS);
        values.put("unitId", Long.toString(unitId));
        return values;
    }

    static CohortInput input(Map<String, Object> v) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        String course = Params.text(v.get("courseId"));
        if (!course.matches("\\d{1,18}")) {
            errors.add("courseId", "cohort.error.course");
        }
        String title = Params.text(v.get("title"));
        if (title.isEmpty()) {
            errors.add("title", "cohort.error.title");
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", "cohort.error.titleLength", title.length());
        }
        String unit = Params.text(v.get("unitId"));
        if (!unit.matches("\\d{1,18}")) {
            errors.add("unitId", "cohort.error.unit");
        }
        LocalDate starts = date(errors, v, "startsOn");
        LocalDate ends = date(errors, v, "endsOn");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", "cohort.error.endsBefore", Dates.format(ends), Dates.format(starts));
        }
        errors.throwIfAny();
        return new CohortInput(Long.parseLong(course), title, Long.parseLong(unit), starts, ends);
    }

    private static LocalDate date(FormInvalid.Collector errors, Map<String, Object> v, String field) {
        String text = Params.text(v.get(field));
        if (text.isEmpty()) {
            errors.add(field, "cohort.error." + field + ".required");
            return null;
        }
        LocalDate d = Dates.parse(text).orElse(null);
        if (d == null) {
            errors.add(field, "cohort.error.date", text);
        }
        return d;
    }
}
