package vn.hocluat.plans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of a plan's page: its targets with the name of their phase and their reported figures. */
final class PlanView {
    private PlanView() {
    }

    /**
     * reportUnits: the units a figure may be reported for; failed: the target whose report form was
     * refused, with the posted values and the errors (or null).
     */
    static Map<String, Object> model(Plan plan, List<TargetReport> reports, List<?> reportUnits, Long failed,
                                     Map<String, Object> posted, Map<String, String> errors) {
        Map<String, Map<String, Object>> forms = new HashMap<>();
        for (Plan.Target t : plan.targets()) {
            boolean open = failed != null && failed == t.id();
            Map<String, Object> f = new HashMap<>();
            f.put("target", t.id());
            f.put("open", open);
            Map<String, Object> values = new HashMap<>();
            values.put("unitId", String.valueOf(plan.unitId()));
            if (open) {
                for (String k : List.of("unitId", "asOf", "value", "numerator", "denominator", "sourceNote")) {
                    values.put(k, PlanForms.text(posted, k));
                }
            }
            f.put("form", values);
            f.put("errors", open ? errors : Map.of());
            forms.put(String.valueOf(t.id()), f);
        }
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Plan.Target t : plan.targets()) {
            Map<String, Object> m = new HashMap<>();
            m.put("t", t);
            Integer phase = t.phasePosition(plan.phases());
            m.put("phaseName", phase == null ? null : plan.phases().get(phase - 1).name());
            m.put("ratio", t.metric().ratio());
            m.put("params", PlanForms.params(t.params()));
            m.put("topics", String.join(", ", t.topics()));
            m.put("courses", String.join(", ", t.courseSlugs()));
            m.put("unitCodes", String.join(", ", t.unitCodes()));
            m.put("reports", reports.stream().filter(r -> r.targetId() == t.id()).toList());
            targets.add(m);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("targets", targets);
        model.put("reportForms", forms);
        model.put("reportUnits", reportUnits);
        return model;
    }
}
