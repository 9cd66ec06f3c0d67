package vn.hocluat.plans;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported figures of a plan's targets. A staff member who reads the plan sees the figures of units
 * in their subtree and above it; a manager adds figures for units in both their subtree and the plan's.
 */
@Singleton
public class TargetReports {
    private final PlanService plans;
    private final UnitScope scope;
    private final JdbcOperations jdbc;

    TargetReports(PlanService plans, UnitScope scope, JdbcOperations jdbc) {
        this.plans = plans;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @ReadOnly
    public List<TargetReport> of(CurrentUser user, Plan plan) {
        String prefix = scope.pathPrefix(user);
        return jdbc.prepareStatement("""
                select r.id, r.target_id, r.unit_id, u.code, u.name, r.as_of, r.value, r.numerator, r.denominator,
                       r.source_note, a.display_name
                from target_report r join plan_target t on t.id = r.target_id join unit u on u.id = r.unit_id
                left join account a on a.id = r.reported_by
                where t.plan_id = ? and (u.path like ? || '%' or ? like u.path || '%')
                order by t.position, u.path, r.as_of desc, r.id desc""", st -> {
            st.setLong(1, plan.id());
            st.setString(2, prefix);
            st.setString(3, prefix);
            List<TargetReport> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new TargetReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), PlanStore.plain(rs.getBigDecimal(7)),
                            PlanStore.plain(rs.getBigDecimal(8)), PlanStore.plain(rs.getBigDecimal(9)), rs.getString(10), rs.getString(11)));
                }
            }
            return out;
        });
    }

    /** Adds a figure (managers; the unit in their subtree and the plan's); FormInvalid on bad fields. */
    @Transactional
    public void add(CurrentUser user, long planId, long targetId, TargetReport.Draft d, FormInvalid.Collector errors) {
        PlanService.requireManager(user);
        Plan plan = plans.get(user, planId);
        if (plan.targets().stream().noneMatch(t -> t.id() == targetId)) {
            throw Problem.notFound();
        }
        if (d.unitId() == null) {
            errors.add("unitId", "plan.error.required");
        } else if (!scope.contains(user, d.unitId()) || !plans.inSubtreeOf(plan.unitId()).test(d.unitId())) {
            errors.add("unitId", "plan.error.reportUnit");
        }
        PlanChecks.required(errors, "asOf", d.asOf());
        PlanChecks.required(errors, "value", d.value());
        for (var v : new Object[][] {{"value", d.value()}, {"numerator", d.numerator()}, {"denominator", d.denominator()}}) {
            if (v[1] != null && ((java.math.BigDecimal) v[1]).signum() < 0) {
                errors.add((String) v[0], "plan.error.negative");
            }
        }
        PlanChecks.text(errors, "sourceNote", d.sourceNote(), 1000);
        errors.throwIfAny();
        jdbc.prepareStatement("""
                insert into target_report (target_id, unit_id, as_of, value, numerator, denominator, source_note, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", st -> {
            st.setLong(1, targetId);
            st.setLong(2, d.unitId());
            st.setObject(3, d.asOf());
            st.setBigDecimal(4, d.value());
            st.setBigDecimal(5, d.numerator());
            st.setBigDecimal(6, d.denominator());
            st.setString(7, d.sourceNote().strip());
            st.setObject(8, user.accountId() > 0 ? user.accountId() : null, Types.BIGINT);
            return st.executeUpdate();
        });
    }
}
