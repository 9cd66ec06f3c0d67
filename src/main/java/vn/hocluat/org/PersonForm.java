package vn.hocluat.org;

import vn.hocluat.platform.text.Dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person form as the page sees it: field values as text (dates dd/MM/yyyy), converted from a
 * posted body to {@link PersonInput} and from a {@link PersonView} for editing.
 */
final class PersonForm {
    static final List<String> FIELDS = List.of("code", "fullName", "birthDate", "gender", "ethnicity", "phone",
            "email", "unitId", "position", "activeFrom", "activeTo", "trainerLevel", "recognizedOn");

    private PersonForm() {
    }

    /** An option of a select or checkbox list, with its label's message key. */
    record Choice(String value, String labelKey) {
    }

    /** A checkbox with its label's message key. */
    record Check(String value, String labelKey, boolean checked) {
    }

    /** The values a posted form carried; "groups" (checkboxes) may be repeated. */
    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        for (String field : FIELDS) {
            Object v = body.get(field);
            values.put(field, v instanceof Collection<?> c ? c.stream().findFirst().map(String::valueOf).orElse("") : text(v));
        }
        Set<String> groups = new LinkedHashSet<>();
        Object g = body.get("groups");
        if (g instanceof Collection<?> c) {
            c.forEach(x -> groups.add(String.valueOf(x)));
        } else if (g != null && !g.toString().isBlank()) {
            groups.add(g.toString());
        }
        values.put("groups", groups);
        return values;
    }

    /** A new person's form: active from today. */
    static Map<String, Object> blank(Long unitId) {
        Map<String, Object> values = new HashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("unitId", unitId == null ? "" : unitId.toString());
        values.put("activeFrom", Dates.format(Dates.today()));
        values.put("groups", Set.of());
        return values;
    }

    static Map<String, Object> of(PersonView p) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", p.code());
        values.put("fullName", p.fullName());
        values.put("birthDate", Dates.format(p.birthDate()));
        values.put("gender", p.gender() == null ? "" : p.gender().name());
        values.put("ethnicity", text(p.ethnicity()));
        values.put("phone", text(p.phone()));
        values.put("email", text(p.email()));
        values.put("unitId", Long.toString(p.unitId()));
        values.put("position", text(p.position()));
        values.put("activeFrom", Dates.format(p.activeFrom()));
        values.put("activeTo", Dates.format(p.activeTo()));
        Set<String> groups = new LinkedHashSet<>();
        values.put("trainerLevel", "");
        values.put("recognizedOn", "");
        for (PersonView.GroupView g : p.groups()) {
            groups.add(g.group().name());
            if (g.trainerLevel() != null) {
                values.put("trainerLevel", g.trainerLevel().name());
            }
            if (g.recognizedOn() != null) {
                values.put("recognizedOn", Dates.format(g.recognizedOn()));
            }
        }
        values.put("groups", groups);
        return values;
    }

    static PersonInput input(Map<String, Object> v) {
        List<PersonInput.GroupInput> groups = new ArrayList<>();
        for (Object g : (Collection<?>) v.get("groups")) {
            String group = g.toString();
            groups.add(new PersonInput.GroupInput(group,
                    AudienceGroup.TRAINER.name().equals(group) ? s(v, "trainerLevel") : null,
                    AudienceGroup.MEDIATOR.name().equals(group) ? s(v, "recognizedOn") : null));
        }
        return new PersonInput(s(v, "code"), s(v, "fullName"), s(v, "birthDate"), s(v, "gender"), s(v, "ethnicity"),
                s(v, "phone"), s(v, "email"), s(v, "unitId"), s(v, "position"), s(v, "activeFrom"), s(v, "activeTo"),
                groups, PersonInput.DateStyle.VIETNAMESE);
    }

    /** The audience group checkboxes, ticked as in the form values. */
    static List<Check> groupChecks(Map<String, Object> values) {
        Collection<?> ticked = (Collection<?>) values.get("groups");
        List<Check> out = new ArrayList<>();
        for (AudienceGroup g : AudienceGroup.values()) {
            out.add(new Check(g.name(), "group." + g.name(), ticked.contains(g.name())));
        }
        return out;
    }

    static List<Choice> groupChoices() {
        return choices(AudienceGroup.values(), "group.");
    }

    static List<Choice> levelChoices() {
        return choices(TrainerLevel.values(), "trainerLevel.");
    }

    static List<Choice> genderChoices() {
        return choices(Gender.values(), "gender.");
    }

    private static List<Choice> choices(Enum<?>[] values, String keyPrefix) {
        List<Choice> out = new ArrayList<>();
        for (Enum<?> e : values) {
            out.add(new Choice(e.name(), keyPrefix + e.name()));
        }
        return out;
    }

    private static String s(Map<String, Object> v, String field) {
        Object o = v.get(field);
        return o == null ? null : o.toString();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
