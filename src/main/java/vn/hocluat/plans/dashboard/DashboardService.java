package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.plans.Plan;
import vn.hocluat.plans.PlanService;
import vn.hocluat.plans.kpi.KpiPoint;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.TrendDays;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.plans.kpi.PersonRow;
import vn.hocluat.plans.kpi.TargetKpi;
import vn.hocluat.plans.kpi.UnitRef;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Dashboard}. Scope: {@link PlanService#get} (the plan applies to the caller's unit)
 * and {@link KpiService} (the unit lies in the caller's subtree and the plan's). Without a unit the
 * dashboard opens at the deeper of the plan's unit and the caller's unit.
 */
@Singleton
public class DashboardService {
    private static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.9");
    /** The rows of an XLSX sheet less its header. */
    static final int EXPORT_ROWS = 1_048_575;

    private final PlanService plans;
    private final KpiService kpis;
    private final UnitScope scope;
    private final JdbcOperations jdbc;

    DashboardService(PlanService plans, KpiService kpis, UnitScope scope, JdbcOperations jdbc) {
        this.plans = plans;
        this.kpis = kpis;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Dashboard of(CurrentUser user, long planId, @Nullable String unitCode, LocalDate day) {
        Plan plan = plans.get(user, planId);
        long unitId = unitId(user, plan, unitCode);
        List<TargetKpi> measured = kpis.kpis(user, planId, unitId, day);
        List<UnitRef> trail = units("u.id = any(string_to_array(trim(both '/' from (select path from unit where id = ?)), '/')::bigint[])"
                + " order by u.depth", unitId).stream()
                .filter(u -> u.depth() >= depthOf(plan.unitId())).toList();
        UnitRef unit = trail.get(trail.size() - 1);
        List<UnitRef> children = units("u.parent_id = ? order by u.name, u.code", unitId);
        Map<Long, Map<Long, Dashboard.Reported>> reported = reported(plan, unitId, day);
        Map<Long, String> phaseNames = new HashMap<>();
        plan.phases().forEach(p -> phaseNames.put(p.id(), p.name()));
        List<Dashboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Plan.Target t = plan.targets().get(i);
            TargetKpi k = measured.stream().filter(m -> m.targetId() == t.id()).findFirst().orElseThrow();
            rows.add(new Dashboard.Row(t, t.phaseId() == null ? null : phaseNames.get(t.phaseId()), k,
                    reported.getOrDefault(t.id(), Map.of())));
        }
        return new Dashboard(plan, unit, trail, children, day, rows);
    }

    /**
     * A target's value at the unit at each month end from its phase's start (the plan's for a whole-plan
     * target) to the day, the day itself last ({@link TrendDays}); only the unit, not its children.
     */
    @ReadOnly
    public List<KpiPoint> trend(CurrentUser user, Dashboard dashboard, Dashboard.Row row) {
        List<LocalDate> days = TrendDays.of(row.kpi().phaseStart(), dashboard.day());
        return days.isEmpty() ? List.of()
                : kpis.series(user, dashboard.plan().id(), row.target().id(), dashboard.unit().id(), days);
    }

    /**
     * One page of the persons behind a target's number at a unit (the unit as for {@link #of}); a size
     * of 0 gives every row (exports), refused (400) beyond the rows a spreadsheet holds. Scope and
     * refusals (a metric without persons, a list it does not have) are {@link KpiService#persons}'s.
     */
    @ReadOnly
    public TargetPersons persons(CurrentUser user, long planId, long targetId, @Nullable String unitCode, LocalDate day,
                                 PersonList which, int page, int size) {
        Plan plan = plans.get(user, planId);
        long unitId = unitId(user, plan, unitCode);
        Paged<PersonRow> rows = kpis.persons(user, planId, targetId, unitId, day, which, page, size > 0 ? size : 1);
        if (size <= 0) {
            if (rows.total() > EXPORT_ROWS) {
                throw Problem.badRequest("plans.dashboard.persons.tooMany", rows.total(), EXPORT_ROWS);
            }
            int all = (int) Math.max(1, rows.total());
            rows = kpis.persons(user, planId, targetId, unitId, day, which, 1, all);
        }
        Plan.Target target = plan.targets().stream().filter(t -> t.id() == targetId).findFirst().orElseThrow(Problem::notFound);
        return new TargetPersons(plan, target, units("u.id = ?", unitId).get(0), day, which, rows);
    }

    /** The unit of the code, or without one the plan's unit when the caller's subtree holds it, else the caller's unit. */
    long unitId(CurrentUser user, Plan plan, @Nullable String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return scope.contains(user, plan.unitId()) ? plan.unitId() : user.unitId();
        }
        return kpis.unitId(unitCode.strip()).orElseThrow(Problem::notFound);
    }

    private int depthOf(long unitId) {
        return units("u.id = ?", unitId).get(0).depth();
    }

    private List<UnitRef> units(String where, Object... args) {
        return jdbc.prepareStatement("select u.id, u.code, u.name, u.path, u.depth from unit u where " + where, st -> {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<UnitRef> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
            return out;
        });
    }

    /** The latest figure per target for the unit and each child, as of the day or before. */
    private Map<Long, Map<Long, Dashboard.Reported>> reported(Plan plan, long unitId, LocalDate day) {
        Map<Long, BigDecimal> thresholds = new HashMap<>();
        plan.targets().forEach(t -> thresholds.put(t.id(), t.threshold()));
        Map<Long, Map<Long, Dashboard.Reported>> out = new HashMap<>();
        jdbc.prepareStatement("""
                select distinct on (r.target_id, r.unit_id) r.target_id, r.unit_id, r.value, r.numerator, r.denominator,
                       r.as_of, r.source_note
                from target_report r join plan_target t on t.id = r.target_id join unit u on u.id = r.unit_id
                where t.plan_id = ? and (u.id = ? or u.parent_id = ?) and r.as_of <= ?
                order by r.target_id, r.unit_id, r.as_of desc, r.id desc""", st -> {
            st.setLong(1, plan.id());
            st.setLong(2, unitId);
            st.setLong(3, unitId);
            st.setObject(4, day);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    BigDecimal value = rs.getBigDecimal(3).stripTrailingZeros();
                    BigDecimal threshold = thresholds.get(rs.getLong(1));
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), new Dashboard.Reported(
                            plain(value), plain(rs.getBigDecimal(4)), plain(rs.getBigDecimal(5)),
                            rs.getObject(6, LocalDate.class), rs.getString(7), status(value, threshold)));
                }
            }
            return out;
        });
        return out;
    }

    static KpiStatus status(BigDecimal value, BigDecimal threshold) {
        if (value.compareTo(threshold) >= 0) {
            return KpiStatus.MET;
        }
        return value.compareTo(threshold.multiply(AT_RISK_SHARE)) >= 0 ? KpiStatus.AT_RISK : KpiStatus.BEHIND;
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
