package vn.hocluat.learning.assign;

import vn.hocluat.learning.assign.AssignmentInput.DueBase;
import vn.hocluat.learning.assign.AssignmentInput.Target;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Params;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new-assignment form as the page sees it (text values) and its checks: each field's error in
 * Vietnamese; the service then checks the course and the scope of the target.
 */
final class AssignmentForm {
    static final List<String> FIELDS = List.of("courseId", "target", "personId", "groupCode", "unitId", "dueKind",
            "dueOn", "dueMonths", "dueBase", "note", "q");
    static final int NOTE_MAX = 500;

    private AssignmentForm() {
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        return FormInvalid.values(body, FIELDS);
    }

    static Map<String, Object> blank() {
        Map<String, Object> values = FormInvalid.blank(FIELDS);
        values.put("target", Target.PERSON.name());
        values.put("dueKind", "DATE");
        values.put("dueBase", DueBase.ASSIGNED.name());
        return values;
    }

    static AssignmentInput input(Map<String, Object> v, LocalDate today) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        Long course = id(v.get("courseId"));
        if (course == null) {
            errors.add("courseId", "assign.error.course");
        }
        Target target = choice(Target.class, v.get("target")).orElse(null);
        Long person = null;
        Long unit = null;
        AudienceGroup group = null;
        if (target == null) {
            errors.add("target", "assign.error.target");
        } else if (target == Target.PERSON) {
            person = id(v.get("personId"));
            if (person == null) {
                errors.add("personId", "assign.error.person");
            }
        } else {
            unit = id(v.get("unitId"));
            if (unit == null) {
                errors.add("unitId", "assign.error.unit");
            }
            if (target == Target.GROUP) {
                group = choice(AudienceGroup.class, v.get("groupCode")).orElse(null);
                if (group == null) {
                    errors.add("groupCode", "assign.error.group");
                }
            }
        }
        LocalDate dueOn = null;
        Integer months = null;
        DueBase base = null;
        String kind = Params.text(v.get("dueKind"));
        if (kind.equals("DATE")) {
            String text = Params.text(v.get("dueOn"));
            if (text.isEmpty()) {
                errors.add("dueOn", "assign.error.dueOnRequired");
            } else {
                dueOn = Dates.parse(text).orElse(null);
                if (dueOn == null) {
                    errors.add("dueOn", "assign.error.dueOn", text);
                } else if (dueOn.isBefore(today)) {
                    errors.add("dueOn", "assign.error.duePast", Dates.format(dueOn), Dates.format(today));
                }
            }
        } else if (kind.equals("RELATIVE")) {
            String text = Params.text(v.get("dueMonths"));
            months = text.matches("\\d{1,3}") ? Integer.valueOf(text) : null;
            if (months == null || months < 1 || months > 120) {
                errors.add("dueMonths", "assign.error.dueMonths");
                months = null;
            }
            base = choice(DueBase.class, v.get("dueBase")).orElse(null);
            if (base == null) {
                errors.add("dueBase", "assign.error.dueBase");
            }
        } else {
            errors.add("dueKind", "assign.error.dueKind");
        }
        String note = Params.text(v.get("note"));
        if (note.length() > NOTE_MAX) {
            errors.add("note", "assign.error.note", note.length());
        }
        errors.throwIfAny();
        return new AssignmentInput(course, target, person, group, unit, dueOn, months, base, note.isEmpty() ? null : note);
    }

    private static Long id(Object value) {
        String text = Params.text(value);
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, Object value) {
        String text = Params.text(value);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
