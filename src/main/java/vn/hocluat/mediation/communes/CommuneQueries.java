package vn.hocluat.mediation.communes;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.communes.Communes.Commune;
import vn.hocluat.mediation.communes.Communes.Recognition;
import vn.hocluat.mediation.communes.Communes.RecognitionInput;
import vn.hocluat.mediation.communes.Communes.RevocationInput;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the communes pages (model_commune, unit_pilot_change: V405); callers check scope and roles. */
@Singleton
class CommuneQueries {
    /** Commune-level unit kinds (vn.hocluat.org.UnitKind COMMUNE, WARD, SPECIAL_ZONE). */
    private static final String COMMUNE_KINDS = "u.kind in ('COMMUNE', 'WARD', 'SPECIAL_ZONE')";
    private static final String COMMUNE = """
            select u.id, u.code, u.name, u.kind, u.pilot, m.id, m.unit_id, m.decision_no, m.decided_on, m.issuer, m.note,
                   m.revoked_on, m.revoke_note
            from unit u left join lateral (
                select * from model_commune x where x.unit_id = u.id and x.decided_on <= ?
                  and (x.revoked_on is null or x.revoked_on > ?) order by x.decided_on desc, x.id desc limit 1) m on true
            """;
    private static final String RECOGNITION = """
            select m.id, m.unit_id, m.decision_no, m.decided_on, m.issuer, m.note, m.revoked_on, m.revoke_note
            from model_commune m
            """;

    private final JdbcOperations jdbc;

    CommuneQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune-level units whose path starts with the prefix, by name, each with its recognition in force on the day. */
    List<Commune> communesUnder(String pathPrefix, LocalDate day) {
        return list(COMMUNE + "where u.path like ? || '%' and " + COMMUNE_KINDS + " order by u.search_name, u.code",
                CommuneQueries::commune, day, day, pathPrefix);
    }

    /** The unit when it is of commune level. */
    Optional<Commune> commune(long unitId, LocalDate day) {
        return list(COMMUNE + "where u.id = ? and " + COMMUNE_KINDS, CommuneQueries::commune, day, day, unitId)
                .stream().findFirst();
    }

    /** The commune's recognitions, newest decision first. */
    List<Recognition> recognitions(long unitId) {
        return list(RECOGNITION + "where m.unit_id = ? order by m.decided_on desc, m.id desc", rs -> recognition(rs, 1), unitId);
    }

    /** The new recognition's id; empty when one in force was recorded meanwhile (a double submit). */
    Optional<Long> insertRecognition(long unitId, RecognitionInput in, long accountId) {
        return list("""
                insert into model_commune (unit_id, decision_no, decided_on, issuer, note, created_by)
                values (?, ?, ?, ?, ?, ?) on conflict (unit_id) where revoked_on is null do nothing returning id""",
                rs -> rs.getLong(1), unitId, in.decisionNo(), in.decidedOn(), in.issuer(), in.note(), accountId)
                .stream().findFirst();
    }

    void revoke(long recognitionId, RevocationInput in, long accountId) {
        jdbc.prepareStatement("""
                update model_commune set revoked_on = ?, revoke_note = ?, revoked_by = ?, revoked_at = now()
                where id = ? and revoked_on is null""", st -> {
            bind(st, in.revokedOn(), in.note(), accountId, recognitionId);
            return st.executeUpdate();
        });
    }

    /** Sets the flag and records who did it (the unit's update raises the KPI versions of its subtree, V405). */
    void setPilot(long unitId, boolean pilot, long accountId) {
        jdbc.prepareStatement("update unit set pilot = ?, updated_at = now() where id = ?", st -> {
            bind(st, pilot, unitId);
            return st.executeUpdate();
        });
        jdbc.prepareStatement("insert into unit_pilot_change (unit_id, pilot, changed_by) values (?, ?, ?)", st -> {
            bind(st, unitId, pilot, accountId);
            return st.executeUpdate();
        });
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, Row<T> row, Object... args) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }

    private static Commune commune(ResultSet rs) throws SQLException {
        rs.getLong(6);
        Recognition current = rs.wasNull() ? null : recognition(rs, 6);
        return new Commune(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), current);
    }

    private static Recognition recognition(ResultSet rs, int from) throws SQLException {
        return new Recognition(rs.getLong(from), rs.getLong(from + 1), rs.getString(from + 2),
                rs.getObject(from + 3, LocalDate.class), rs.getString(from + 4), rs.getString(from + 5),
                rs.getObject(from + 6, LocalDate.class), rs.getString(from + 7));
    }
}
