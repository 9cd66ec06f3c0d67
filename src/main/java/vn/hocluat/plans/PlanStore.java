package vn.hocluat.plans;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.org.AudienceGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans, phases and targets in SQL; no scope here (PlanService checks it). Writers hold a transaction; look-ups open one. */
@Singleton
class PlanStore {
    private static final String HEAD = """
            select p.id, p.unit_id, u.code, u.name, p.doc_number, p.doc_date, p.title, p.issuer, p.starts_on, p.ends_on,
                   p.hybrid_counts_online, p.note from plan p join unit u on u.id = p.unit_id
            """;

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PlanStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Plans of units in the subtree with this path prefix, and of the units above it; by unit path, then date. */
    List<Plan> visible(String pathPrefix) {
        return jdbc.prepareStatement(HEAD + """
                 where u.path like ? || '%' or ? like u.path || '%'
                 order by u.path, p.doc_date desc, p.id""", st -> {
            st.setString(1, pathPrefix);
            st.setString(2, pathPrefix);
            return heads(st);
        });
    }

    Optional<Plan> find(long id) {
        return jdbc.prepareStatement(HEAD + " where p.id = ?", st -> {
            st.setLong(1, id);
            return heads(st).stream().findFirst();
        }).map(this::withParts);
    }

    Optional<Long> findByDoc(long unitId, String docNumber) {
        return jdbc.prepareStatement("select id from plan where unit_id = ? and doc_number = ?", st -> {
            st.setLong(1, unitId);
            st.setString(2, docNumber);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    long insert(PlanDraft d, long accountId) {
        return jdbc.prepareStatement("""
                insert into plan (unit_id, doc_number, doc_date, title, issuer, starts_on, ends_on, hybrid_counts_online, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", st -> {
            head(st, d);
            if (accountId > 0) {
                st.setLong(10, accountId);
            } else {
                st.setNull(10, Types.BIGINT);
            }
            return single(st);
        });
    }

    void updateHead(long id, PlanDraft d) {
        jdbc.prepareStatement("""
                update plan set unit_id = ?, doc_number = ?, doc_date = ?, title = ?, issuer = ?, starts_on = ?, ends_on = ?,
                       hybrid_counts_online = ?, note = ?, updated_at = now() where id = ?""", st -> {
            head(st, d);
            st.setLong(10, id);
            return st.executeUpdate();
        });
    }

    /** Replaces phases and targets with the draft's (targets refer to phases by position). */
    void replaceParts(long planId, PlanDraft d) {
        jdbc.prepareStatement("delete from plan_target where plan_id = ?", st -> { st.setLong(1, planId); return st.executeUpdate(); });
        jdbc.prepareStatement("delete from plan_phase where plan_id = ?", st -> { st.setLong(1, planId); return st.executeUpdate(); });
        List<Long> phaseIds = new ArrayList<>();
        for (int i = 0; i < d.phases().size(); i++) {
            PlanDraft.Phase p = d.phases().get(i);
            int position = i + 1;
            phaseIds.add(jdbc.prepareStatement("""
                    insert into plan_phase (plan_id, position, name, starts_on, ends_on) values (?, ?, ?, ?, ?) returning id""", st -> {
                st.setLong(1, planId);
                st.setInt(2, position);
                st.setString(3, p.name().strip());
                st.setObject(4, p.startsOn());
                st.setObject(5, p.endsOn());
                return single(st);
            }));
        }
        for (int i = 0; i < d.targets().size(); i++) {
            PlanDraft.Target t = d.targets().get(i);
            insertTarget(planId, i + 1, t.phase() == null ? null : phaseIds.get(t.phase() - 1), t);
        }
    }

    long insertPhase(long planId, PlanDraft.Phase p) {
        return jdbc.prepareStatement("""
                insert into plan_phase (plan_id, position, name, starts_on, ends_on)
                values (?, (select coalesce(max(position), 0) + 1 from plan_phase where plan_id = ?), ?, ?, ?) returning id""", st -> {
            st.setLong(1, planId);
            st.setLong(2, planId);
            st.setString(3, p.name().strip());
            st.setObject(4, p.startsOn());
            st.setObject(5, p.endsOn());
            return single(st);
        });
    }

    void updatePhase(long phaseId, PlanDraft.Phase p) {
        jdbc.prepareStatement("update plan_phase set name = ?, starts_on = ?, ends_on = ? where id = ?", st -> {
            st.setString(1, p.name().strip());
            st.setObject(2, p.startsOn());
            st.setObject(3, p.endsOn());
            st.setLong(4, phaseId);
            return st.executeUpdate();
        });
    }

    /** Deletes a phase or a target and numbers the rest 1, 2, … again. */
    void deletePart(String table, long planId, long id) {
        jdbc.prepareStatement("delete from " + table + " where id = ?", st -> { st.setLong(1, id); return st.executeUpdate(); });
        jdbc.prepareStatement("update " + table + " x set position = r.n from (select id, row_number() over (order by position) n from "
                + table + " where plan_id = ?) r where x.id = r.id", st -> { st.setLong(1, planId); return st.executeUpdate(); });
    }

    long insertTarget(long planId, Integer position, Long phaseId, PlanDraft.Target t) {
        return jdbc.prepareStatement("""
                insert into plan_target (plan_id, phase_id, position, label, source_ref, metric, audience, topics, course_ids,
                       window_kind, window_months, threshold, band_upper, unit_filter, unit_ids, params)
                values (?, ?, coalesce(?, (select coalesce(max(position), 0) + 1 from plan_target where plan_id = ?)),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""", st -> {
            st.setLong(1, planId);
            st.setObject(2, phaseId, Types.BIGINT);
            st.setObject(3, position, Types.INTEGER);
            st.setLong(4, planId);
            target(st, 5, t);
            return single(st);
        });
    }

    void updateTarget(long targetId, Long phaseId, PlanDraft.Target t) {
        jdbc.prepareStatement("""
                update plan_target set phase_id = ?, label = ?, source_ref = ?, metric = ?, audience = ?, topics = ?, course_ids = ?,
                       window_kind = ?, window_months = ?, threshold = ?, band_upper = ?, unit_filter = ?, unit_ids = ?,
                       params = cast(? as jsonb) where id = ?""", st -> {
            st.setObject(1, phaseId, Types.BIGINT);
            target(st, 2, t);
            st.setLong(15, targetId);
            return st.executeUpdate();
        });
    }

    private void target(PreparedStatement st, int from, PlanDraft.Target t) throws SQLException {
        Connection c = st.getConnection();
        int i = from;
        st.setString(i++, t.label().strip());
        st.setString(i++, blankToNull(t.sourceRef()));
        st.setString(i++, t.metric().name());
        st.setArray(i++, c.createArrayOf("text", t.audience().stream().map(Enum::name).toArray()));
        st.setArray(i++, c.createArrayOf("text", t.topics().toArray()));
        st.setArray(i++, c.createArrayOf("bigint", t.courseIds().toArray()));
        st.setString(i++, (t.window() == null ? TargetWindow.PLAN : t.window()).name());
        st.setObject(i++, t.windowMonths(), Types.INTEGER);
        st.setBigDecimal(i++, t.threshold());
        st.setBigDecimal(i++, t.bandUpper());
        st.setString(i++, (t.unitFilter() == null ? UnitFilter.ALL : t.unitFilter()).name());
        st.setArray(i++, c.createArrayOf("bigint", t.unitIds().toArray()));
        st.setString(i, write(t.params()));
    }

    /** The unit's path, null when unknown. */
    @ReadOnly
    String unitPath(long unitId) {
        return jdbc.prepareStatement("select path from unit where id = ?", st -> {
            st.setLong(1, unitId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @ReadOnly
    Optional<Long> courseBySlug(String slug) {
        return jdbc.prepareStatement("select id from course where slug = ?", st -> {
            st.setString(1, slug);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    @ReadOnly
    Optional<Long> unitByCode(String code) {
        return jdbc.prepareStatement("select id from unit where code = ?", st -> {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    private Plan withParts(Plan h) {
        List<Plan.Phase> phases = jdbc.prepareStatement(
                "select id, position, name, starts_on, ends_on from plan_phase where plan_id = ? order by position", st -> {
                    st.setLong(1, h.id());
                    List<Plan.Phase> out = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Plan.Phase(rs.getLong(1), rs.getInt(2), rs.getString(3),
                                    rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class)));
                        }
                    }
                    return out;
                });
        List<Plan.Target> targets = jdbc.prepareStatement("""
                select t.id, t.phase_id, t.position, t.label, t.source_ref, t.metric, t.audience, t.topics, t.course_ids,
                       t.window_kind, t.window_months, t.threshold, t.band_upper, t.unit_filter, t.unit_ids,
                       array(select c.slug from unnest(t.course_ids) with ordinality x(id, n) join course c on c.id = x.id order by x.n),
                       array(select u.code from unnest(t.unit_ids) with ordinality x(id, n) join unit u on u.id = x.id order by x.n),
                       t.params::text
                from plan_target t where t.plan_id = ? order by t.position""", st -> {
            st.setLong(1, h.id());
            List<Plan.Target> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Plan.Target(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), Metric.valueOf(rs.getString(6)),
                            strings(rs.getArray(7)).stream().map(AudienceGroup::valueOf).toList(), strings(rs.getArray(8)),
                            longs(rs.getArray(9)), strings(rs.getArray(16)), TargetWindow.valueOf(rs.getString(10)),
                            (Integer) rs.getObject(11),
                            plain(rs.getBigDecimal(12)), plain(rs.getBigDecimal(13)),
                            UnitFilter.valueOf(rs.getString(14)), longs(rs.getArray(15)), strings(rs.getArray(17)),
                            read(rs.getString(18))));
                }
            }
            return out;
        });
        return new Plan(h.id(), h.unitId(), h.unitCode(), h.unitName(), h.docNumber(), h.docDate(), h.title(), h.issuer(),
                h.startsOn(), h.endsOn(), h.hybridCountsOnline(), h.note(), phases, targets);
    }

    private static List<Plan> heads(PreparedStatement st) throws SQLException {
        List<Plan> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Plan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getString(8),
                        rs.getObject(9, java.time.LocalDate.class), rs.getObject(10, java.time.LocalDate.class),
                        rs.getBoolean(11), rs.getString(12), List.of(), List.of()));
            }
        }
        return out;
    }

    private static void head(PreparedStatement st, PlanDraft d) throws SQLException {
        st.setLong(1, d.unitId());
        st.setString(2, d.docNumber().strip());
        st.setObject(3, d.docDate());
        st.setString(4, d.title().strip());
        st.setString(5, d.issuer().strip());
        st.setObject(6, d.startsOn());
        st.setObject(7, d.endsOn());
        st.setBoolean(8, d.hybridCountsOnline());
        st.setString(9, blankToNull(d.note()));
    }

    private static long single(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** 80.0000 → 80, 82.5000 → 82.5 (never 8E+1). */
    static java.math.BigDecimal plain(java.math.BigDecimal n) {
        if (n == null) {
            return null;
        }
        java.math.BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }

    private static List<Long> longs(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(o -> ((Number) o).longValue()).toList();
    }

    private String write(Map<String, Object> params) {
        try {
            return json.writeValueAsString(params == null ? Map.of() : params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
