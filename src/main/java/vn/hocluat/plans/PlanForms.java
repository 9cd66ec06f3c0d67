package vn.hocluat.plans;

import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.text.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads the posted page forms of a plan, a phase, a target and a reported figure (dates dd/MM/yyyy). */
final class PlanForms {
    private PlanForms() {
    }

    static PlanDraft head(Map<String, Object> f, FormInvalid.Collector errors) {
        String unit = text(f, "unitId");
        Long unitId = null;
        if (!unit.isEmpty()) {
            try {
                unitId = Long.parseLong(unit);
            } catch (NumberFormatException e) {
                errors.add("unitId", "plan.error.required");
            }
        }
        return new PlanDraft(unitId, text(f, "docNumber"), date(f, "docDate", errors), text(f, "title"), text(f, "issuer"),
                date(f, "startsOn", errors), date(f, "endsOn", errors), "true".equals(text(f, "hybridCountsOnline")),
                text(f, "note"), List.of(), List.of());
    }

    static PlanDraft.Phase phase(Map<String, Object> f, FormInvalid.Collector errors) {
        return new PlanDraft.Phase(text(f, "name"), date(f, "startsOn", errors), date(f, "endsOn", errors));
    }

    /** unitByCode, courseBySlug resolve the comma-separated codes of the fields unitCodes and courses. */
    static PlanDraft.Target target(Map<String, Object> f, Function<String, Optional<Long>> unitByCode,
                                   Function<String, Optional<Long>> courseBySlug, FormInvalid.Collector errors) {
        List<AudienceGroup> audience = new ArrayList<>();
        for (String code : values(f, "audience")) {
            PlanBodyReader.code(AudienceGroup.class, code).ifPresentOrElse(audience::add,
                    () -> errors.add("audience", "plan.error.audience", code));
        }
        Integer phase = text(f, "phase").isEmpty() ? null : integer(f, "phase", errors);
        return new PlanDraft.Target(phase, text(f, "label"), text(f, "sourceRef"),
                PlanBodyReader.enumOf(Metric.class, "metric", text(f, "metric"), "plan.error.metric", errors), audience,
                split(text(f, "topics")), ids(f, "courses", courseBySlug, "plan.error.course", errors),
                PlanBodyReader.enumOf(TargetWindow.class, "window", text(f, "window"), "plan.error.window", errors),
                text(f, "windowMonths").isEmpty() ? null : integer(f, "windowMonths", errors),
                number(f, "threshold", errors), number(f, "bandUpper", errors),
                PlanBodyReader.enumOf(UnitFilter.class, "unitFilter", text(f, "unitFilter"), "plan.error.unitFilter", errors),
                ids(f, "unitIds", unitByCode, "plan.error.unitCode", errors), params(f, errors));
    }

    static TargetReport.Draft report(Map<String, Object> f, FormInvalid.Collector errors) {
        Long unitId = text(f, "unitId").isEmpty() ? null : (long) integer(f, "unitId", errors);
        return new TargetReport.Draft(unitId, date(f, "asOf", errors), number(f, "value", errors),
                number(f, "numerator", errors), number(f, "denominator", errors), text(f, "sourceNote"));
    }

    /** "months=6; level=PROVINCIAL": whole numbers are stored as numbers. */
    private static Map<String, Object> params(Map<String, Object> f, FormInvalid.Collector errors) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : text(f, "params").split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                errors.add("params", "plan.error.params");
                return Map.of();
            }
            String v = kv[1].strip();
            out.put(kv[0].strip(), v.matches("\\d{1,9}") ? (Object) Integer.valueOf(v) : v);
        }
        return out;
    }

    static String params(Map<String, Object> params) {
        return String.join("; ", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static List<Long> ids(Map<String, Object> f, String field, Function<String, Optional<Long>> lookup, String key,
                                  FormInvalid.Collector errors) {
        List<Long> out = new ArrayList<>();
        for (String code : split(text(f, field))) {
            lookup.apply(code).ifPresentOrElse(out::add, () -> errors.add(field, key, code));
        }
        return out;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static LocalDate date(Map<String, Object> f, String field, FormInvalid.Collector errors) {
        String t = text(f, field);
        if (t.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = Dates.parse(t);
        if (d.isEmpty()) {
            errors.add(field, "plan.error.date");
        }
        return d.orElse(null);
    }

    private static BigDecimal number(Map<String, Object> f, String field, FormInvalid.Collector errors) {
        String t = text(f, field).replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.add(field, "plan.error.number");
            return null;
        }
    }

    private static Integer integer(Map<String, Object> f, String field, FormInvalid.Collector errors) {
        try {
            return Integer.valueOf(text(f, field));
        } catch (NumberFormatException e) {
            errors.add(field, "plan.error.number");
            return null;
        }
    }

    static String text(Map<String, Object> f, String field) {
        return FormInvalid.value(f, field);
    }

    static List<String> values(Map<String, Object> f, String field) {
        Object v = f.get(field);
        List<String> out = new ArrayList<>();
        if (v instanceof Iterable<?> it) {
            it.forEach(x -> out.add(String.valueOf(x).strip()));
        } else if (v != null && !String.valueOf(v).isBlank()) {
            out.add(String.valueOf(v).strip());
        }
        return out;
    }
}
