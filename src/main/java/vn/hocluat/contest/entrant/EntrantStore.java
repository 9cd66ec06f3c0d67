package vn.hocluat.contest.entrant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the entrant table; callers run it inside a transaction. */
@Singleton
class EntrantStore {
    /** Units an entrant may declare: communes, wards and special zones (the basis of collective prizes). */
    static final String PICKABLE = "('COMMUNE','WARD','SPECIAL_ZONE')";
    private static final String SELECT = """
            select e.id, e.phone, e.full_name, e.birth_date, e.unit_id, u.name || coalesce(' — ' || p.name, '') as unit_label,
                   e.id_masked, e.email, e.locked_at, e.code_hash
            from entrant e join unit u on u.id = e.unit_id left join unit p on p.id = u.parent_id
            """;

    /** An entrant with the code hash, for sign-in. */
    record Found(Entrant entrant, String codeHash) {
    }

    /** A unit offered in the picker: "Phường Ba Đình — Thành phố Hà Nội". */
    record UnitChoice(long id, String label) {
    }

    private final JdbcOperations jdbc;

    EntrantStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    boolean phoneTaken(String phone) {
        return jdbc.prepareStatement("select 1 from entrant where phone = ?", st -> {
            st.setString(1, phone);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    long insert(EntrantInput in, String idHash, String codeHash, Instant now, String ip) {
        return jdbc.prepareStatement("""
                insert into entrant (phone, full_name, search_name, birth_date, unit_id, id_hash, id_masked, email,
                                     consent_at, code_hash, created_at, created_ip)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (phone) do nothing returning id
                """, st -> {
            int i = details(st, in, idHash);
            st.setTimestamp(i++, Timestamp.from(now));
            st.setString(i++, codeHash);
            st.setTimestamp(i++, Timestamp.from(now));
            st.setString(i, ip);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Updates the details unless locked (the phone stays); false when locked meanwhile. */
    boolean update(long id, EntrantInput in, String idHash) {
        return jdbc.prepareStatement("""
                update entrant set phone = ?, full_name = ?, search_name = ?, birth_date = ?, unit_id = ?,
                       id_hash = coalesce(?, id_hash), id_masked = coalesce(?, id_masked), email = ?
                where id = ? and locked_at is null
                """, st -> {
            int i = details(st, in, idHash);
            st.setLong(i, id);
            return st.executeUpdate() == 1;
        });
    }

    void replaceCode(long id, String codeHash) {
        jdbc.prepareStatement("update entrant set code_hash = ? where id = ?", st -> {
            st.setString(1, codeHash);
            st.setLong(2, id);
            return st.executeUpdate();
        });
    }

    Optional<Found> byId(long id) {
        return one(SELECT + "where e.id = ?", st -> st.setLong(1, id));
    }

    Optional<Found> byPhone(String phone) {
        return one(SELECT + "where e.phone = ?", st -> st.setString(1, phone));
    }

    boolean pickable(long unitId) {
        return jdbc.prepareStatement("select 1 from unit where id = ? and kind in " + PICKABLE, st -> {
            st.setLong(1, unitId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Communes/wards whose folded name contains the LIKE pattern (Fold.containsPattern), by name. */
    List<UnitChoice> searchUnits(String pattern, int limit) {
        return jdbc.prepareStatement("""
                select u.id, u.name || coalesce(' — ' || p.name, '') from unit u left join unit p on p.id = u.parent_id
                where u.kind in """ + PICKABLE + " and u.search_name like ? order by u.search_name, p.search_name limit ?", st -> {
            st.setString(1, pattern);
            st.setInt(2, limit);
            List<UnitChoice> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitChoice(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    Optional<UnitChoice> unitChoice(long unitId) {
        return jdbc.prepareStatement("""
                select u.id, u.name || coalesce(' — ' || p.name, '') from unit u left join unit p on p.id = u.parent_id
                where u.id = ? and u.kind in """ + PICKABLE, st -> {
            st.setLong(1, unitId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new UnitChoice(rs.getLong(1), rs.getString(2))) : Optional.<UnitChoice>empty();
            }
        });
    }

    private static int details(PreparedStatement st, EntrantInput in, String idHash) throws SQLException {
        st.setString(1, in.phone());
        st.setString(2, in.fullName());
        st.setString(3, Fold.fold(in.fullName()));
        st.setObject(4, in.birthDate());
        st.setLong(5, in.unitId());
        st.setString(6, idHash);
        st.setString(7, in.idNumber() == null ? null : EntrantInput.mask(in.idNumber()));
        if (in.email() == null) {
            st.setNull(8, Types.VARCHAR);
        } else {
            st.setString(8, in.email());
        }
        return 9;
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private Optional<Found> one(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Found>empty();
                }
                Timestamp locked = rs.getTimestamp("locked_at");
                Entrant e = new Entrant(rs.getLong("id"), rs.getString("phone"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getLong("unit_id"),
                        rs.getString("unit_label"), rs.getString("id_masked"), rs.getString("email"),
                        locked == null ? null : locked.toInstant());
                return Optional.of(new Found(e, rs.getString("code_hash")));
            }
        });
    }
}
