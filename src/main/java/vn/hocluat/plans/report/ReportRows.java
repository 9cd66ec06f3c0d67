package vn.hocluat.plans.report;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.Plan;
import vn.hocluat.plans.dashboard.Dashboard;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.TargetKpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard as the exports print it: per target, a line for the unit and one per child unit, each
 * with the measured figures and the latest reported figure. Both exports read the same {@link Dashboard}
 * object the page shows, so their values are the page's.
 */
record ReportRows(Dashboard dashboard, List<TargetRow> targets) {

    /** @param no 1-based position (STT); unit the dashboard's unit; children its child units in the dashboard's order */
    record TargetRow(int no, Plan.Target target, @Nullable String phaseName, UnitRow unit, List<UnitRow> children) {
        /** The unit first, then each child. */
        List<UnitRow> units() {
            List<UnitRow> all = new ArrayList<>();
            all.add(unit);
            all.addAll(children);
            return all;
        }
    }

    /** One unit's measured figures (null when not computed) and its latest reported figure (null when none). */
    record UnitRow(String code, String name, @Nullable Long numerator, @Nullable Long denominator,
                   @Nullable BigDecimal value, KpiStatus status, @Nullable Dashboard.Reported reported) {

        /**
         * The status the report prints: the measured one while there is a measured value; without one
         * (metric not computed yet, empty roster) the reported figure's, if any.
         */
        KpiStatus shownStatus() {
            return value == null && reported != null ? reported.status() : status;
        }

        /** Whether {@link #shownStatus()} comes from the reported figure. */
        boolean statusFromReport() {
            return value == null && reported != null;
        }
    }

    static ReportRows of(Dashboard d) {
        List<TargetRow> rows = new ArrayList<>();
        int no = 1;
        for (Dashboard.Row r : d.targets()) {
            TargetKpi k = r.kpi();
            rows.add(new TargetRow(no++, r.target(), r.phaseName(), unit(k.unit(), r),
                    k.children().stream().map(c -> unit(c, r)).toList()));
        }
        return new ReportRows(d, rows);
    }

    private static UnitRow unit(TargetKpi.UnitKpi u, Dashboard.Row r) {
        return new UnitRow(u.unitCode(), u.unitName(), u.numerator(), u.denominator(), u.value(), u.status(),
                r.reportedAt(u.unitId()));
    }
}
