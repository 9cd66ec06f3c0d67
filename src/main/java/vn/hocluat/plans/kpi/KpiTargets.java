package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads what the engine needs of plans, targets and units (the plan feature owns writing them). */
@Singleton
class KpiTargets {
    private static final String TARGET = """
            select t.id, t.plan_id, t.metric, t.label, t.audience, t.topics, t.course_ids, t.window_kind, t.window_months,
                   t.threshold, t.band_upper, t.unit_filter, t.unit_ids,
                   case when jsonb_typeof(t.params -> 'months') = 'number' then (t.params ->> 'months')::int end,
                   p.starts_on, coalesce(ph.starts_on, p.starts_on), coalesce(ph.ends_on, p.ends_on), p.hybrid_counts_online,
                   nullif(upper(btrim(t.params ->> 'level')), '')
            from plan_target t join plan p on p.id = t.plan_id left join plan_phase ph on ph.id = t.phase_id
            """;
    private static final String UNIT = "select id, code, name, path, depth from unit ";

    private final JdbcOperations jdbc;

    KpiTargets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The path of the plan's unit, when the plan exists. */
    Optional<String> planUnitPath(long planId) {
        return new Query().add("select u.path from plan p join unit u on u.id = p.unit_id where p.id = ?", planId)
                .list(jdbc, rs -> rs.getString(1)).stream().findFirst();
    }

    List<TargetSpec> ofPlan(long planId) {
        return new Query().add(TARGET + "where t.plan_id = ? order by t.position, t.id", planId).list(jdbc, KpiTargets::spec);
    }

    Optional<TargetSpec> target(long targetId) {
        return new Query().add(TARGET + "where t.id = ?", targetId).list(jdbc, KpiTargets::spec).stream().findFirst();
    }

    Optional<UnitRef> unit(long id) {
        return new Query().add(UNIT + "where id = ?", id).list(jdbc, KpiTargets::unitRef).stream().findFirst();
    }

    Optional<UnitRef> unitByCode(String code) {
        return new Query().add(UNIT + "where code = ?", code).list(jdbc, KpiTargets::unitRef).stream().findFirst();
    }

    List<UnitRef> children(long unitId) {
        return new Query().add(UNIT + "where parent_id = ? order by name, code", unitId).list(jdbc, KpiTargets::unitRef);
    }

    private static UnitRef unitRef(ResultSet rs) throws SQLException {
        return new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
    }

    private static TargetSpec spec(ResultSet rs) throws SQLException {
        Integer months = rs.getObject(14, Integer.class);
        return new TargetSpec(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                texts(rs.getArray(5)), texts(rs.getArray(6)), (Long[]) rs.getArray(7).getArray(), rs.getString(8),
                rs.getObject(9, Integer.class), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12),
                (Long[]) rs.getArray(13).getArray(), months == null || months <= 0 ? TargetSpec.DEFAULT_MONTHS : months,
                rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class), rs.getBoolean(18), rs.getString(19));
    }

    private static String[] texts(Array a) throws SQLException {
        return (String[]) a.getArray();
    }
}
