package vn.hocluat.plans;

import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.plans.PlanJson.PlanBody;
import vn.hocluat.plans.PlanJson.TargetBody;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads a plan's JSON body into a draft, recording what cannot be read (unknown codes, bad dates). */
final class PlanBodyReader {
    private PlanBodyReader() {
    }

    /** unitByCode, courseBySlug: the id of a unit code or course slug, empty when unknown. */
    static PlanDraft read(PlanBody b, Function<String, Optional<Long>> unitByCode,
                          Function<String, Optional<Long>> courseBySlug, FormInvalid.Collector errors) {
        Long unitId = null;
        if (b.unitCode() == null || b.unitCode().isBlank()) {
            errors.add("unitCode", "plan.error.required");
        } else {
            unitId = unitByCode.apply(b.unitCode().strip()).orElse(null);
            if (unitId == null) {
                errors.add("unitCode", "plan.error.unitCode", b.unitCode());
            }
        }
        List<PlanDraft.Phase> phases = new ArrayList<>();
        List<PlanJson.PhaseBody> pb = b.phases() == null ? List.of() : b.phases();
        for (int i = 0; i < pb.size(); i++) {
            String p = "phases[" + i + "].";
            phases.add(new PlanDraft.Phase(pb.get(i).name(), date(p + "startsOn", pb.get(i).startsOn(), errors),
                    date(p + "endsOn", pb.get(i).endsOn(), errors)));
        }
        List<PlanDraft.Target> targets = new ArrayList<>();
        List<TargetBody> tb = b.targets() == null ? List.of() : b.targets();
        for (int i = 0; i < tb.size(); i++) {
            targets.add(target("targets[" + i + "].", tb.get(i), unitByCode, courseBySlug, errors));
        }
        return new PlanDraft(unitId, b.docNumber(), date("docDate", b.docDate(), errors), b.title(), b.issuer(),
                date("startsOn", b.startsOn(), errors), date("endsOn", b.endsOn(), errors),
                b.hybridCountsOnline() == null || b.hybridCountsOnline(), b.note(), phases, targets);
    }

    private static PlanDraft.Target target(String p, TargetBody t, Function<String, Optional<Long>> unitByCode,
                                           Function<String, Optional<Long>> courseBySlug, FormInvalid.Collector errors) {
        List<AudienceGroup> audience = new ArrayList<>();
        for (String code : t.audience() == null ? List.<String>of() : t.audience()) {
            Optional<AudienceGroup> g = code(AudienceGroup.class, code);
            if (g.isEmpty()) {
                errors.add(p + "audience", "plan.error.audience", code);
            } else if (!audience.contains(g.get())) {
                audience.add(g.get());
            }
        }
        List<Long> unitIds = ids(t.unitCodes(), unitByCode, p + "unitIds", "plan.error.unitCode", errors);
        List<Long> courseIds = ids(t.courses(), courseBySlug, p + "courses", "plan.error.course", errors);
        return new PlanDraft.Target(t.phase(), t.label(), t.sourceRef(),
                enumOf(Metric.class, p + "metric", t.metric(), "plan.error.metric", errors), audience,
                t.topics() == null ? List.of() : t.topics().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                courseIds,
                t.window() == null ? TargetWindow.PLAN : enumOf(TargetWindow.class, p + "window", t.window(), "plan.error.window", errors),
                t.windowMonths(), t.threshold(), t.bandUpper(),
                t.unitFilter() == null ? UnitFilter.ALL : enumOf(UnitFilter.class, p + "unitFilter", t.unitFilter(), "plan.error.unitFilter", errors),
                unitIds, t.params() == null ? Map.of() : t.params());
    }

    private static List<Long> ids(List<String> codes, Function<String, Optional<Long>> lookup, String field, String key,
                                  FormInvalid.Collector errors) {
        List<Long> out = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Optional<Long> id = code == null ? Optional.empty() : lookup.apply(code.strip());
            if (id.isEmpty()) {
                errors.add(field, key, code);
            } else if (!out.contains(id.get())) {
                out.add(id.get());
            }
        }
        return out;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String code, String key, FormInvalid.Collector errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<E> e = code(type, code);
        if (e.isEmpty()) {
            errors.add(field, key, code);
        }
        return e.orElse(null);
    }

    static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (code != null && e.name().equals(code.strip())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(String field, String text, FormInvalid.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "plan.error.isoDate", text);
            return null;
        }
    }
}
