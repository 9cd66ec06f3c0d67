package vn.hocluat.org;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SQL of the roster: filtered, paged lists in Vietnamese-friendly order (folded name, then the
 * name itself), single people with their unit, groups and linked login, and a person's group rows.
 * Callers (PersonService) have already checked the scope and pass the unit path prefix to filter on.
 */
@Singleton
class PersonQueries {
    private static final String SELECT = """
            select p.id, p.code, p.full_name, p.birth_date, p.gender, p.ethnicity, p.phone, p.email, p.unit_id,
                   u.code as unit_code, u.name as unit_name, p.position, p.active_from, p.active_to, a.username
            from person p join unit u on u.id = p.unit_id left join account a on a.id = p.account_id
            """;
    private static final Pattern PHONE_QUERY = Pattern.compile("[\\s.()-]");

    private final JdbcOperations jdbc;

    PersonQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the people whose unit path starts with {@code pathPrefix} and who match the filter. */
    PersonPage list(String pathPrefix, PersonFilter filter, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(pathPrefix, filter, today, params);
        long total = jdbc.prepareStatement("select count(*) from person p join unit u on u.id = p.unit_id" + where, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(filter.size());
        pageParams.add(filter.offset());
        List<Row> rows = jdbc.prepareStatement(SELECT + where + " order by p.search_name, p.full_name, p.id limit ? offset ?", st -> {
            bind(st, pageParams);
            return rows(st);
        });
        Map<Long, List<PersonView.GroupView>> groups = groups(rows.stream().map(Row::id).toList());
        List<PersonView> items = rows.stream().map(r -> r.view(groups.getOrDefault(r.id(), List.of()))).toList();
        return new PersonPage(items, total, filter.page(), filter.size());
    }

    Optional<PersonView> find(long id) {
        List<Row> rows = jdbc.prepareStatement(SELECT + " where p.id = ?", st -> {
            st.setLong(1, id);
            return rows(st);
        });
        return rows.stream().findFirst().map(r -> r.view(groups(List.of(id)).getOrDefault(id, List.of())));
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.prepareStatement("select exists (select 1 from person where lower(code) = lower(?) and id <> ?)", st -> {
            st.setString(1, code);
            st.setLong(2, exceptId == null ? -1 : exceptId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The next number of the person_code_seq sequence, for generated codes "HL" + 8 digits. */
    long nextCodeNumber() {
        return jdbc.prepareStatement("select nextval('person_code_seq')", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Replaces the person's audience groups with the given ones. */
    void replaceGroups(long personId, List<PersonView.GroupView> groups) {
        jdbc.prepareStatement("delete from person_group where person_id = ?", st -> {
            st.setLong(1, personId);
            return st.executeUpdate();
        });
        if (groups.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                insert into person_group (person_id, group_code, trainer_level, recognized_on) values (?, ?, ?, ?)""", st -> {
            for (PersonView.GroupView g : groups) {
                st.setLong(1, personId);
                st.setString(2, g.group().name());
                st.setString(3, g.trainerLevel() == null ? null : g.trainerLevel().name());
                st.setObject(4, g.recognizedOn());
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    private static String where(String pathPrefix, PersonFilter f, LocalDate today, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where u.path like ? || '%'");
        params.add(pathPrefix);
        if (f.group() != null) {
            sql.append(" and exists (select 1 from person_group g where g.person_id = p.id and g.group_code = ?)");
            params.add(f.group().name());
        }
        if (!f.includeInactive()) {
            LocalDate day = f.activeOn() == null ? today : f.activeOn();
            sql.append(" and p.active_from <= ? and (p.active_to is null or p.active_to >= ?)");
            params.add(day);
            params.add(day);
        }
        if (f.q() != null) {
            String pattern = Fold.containsPattern(f.q());
            sql.append(" and (p.search_name like ? or lower(p.code) like ? or p.phone like ?)");
            params.add(pattern);
            params.add(pattern);
            params.add(Fold.containsPattern(PHONE_QUERY.matcher(f.q()).replaceAll("")));
        }
        return sql.toString();
    }

    private Map<Long, List<PersonView.GroupView>> groups(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select person_id, group_code, trainer_level, recognized_on from person_group
                where person_id = any (?)""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", personIds.toArray()));
            Map<Long, List<PersonView.GroupView>> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String level = rs.getString(3);
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PersonView.GroupView(
                            AudienceGroup.valueOf(rs.getString(2)),
                            level == null ? null : TrainerLevel.valueOf(level),
                            rs.getObject(4, LocalDate.class)));
                }
            }
            out.values().forEach(list -> list.sort(Comparator.comparing(PersonView.GroupView::group)));
            return out;
        });
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static List<Row> rows(PreparedStatement st) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String gender = rs.getString("gender");
                out.add(new Row(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), gender == null ? null : Gender.valueOf(gender),
                        rs.getString("ethnicity"), rs.getString("phone"), rs.getString("email"), rs.getLong("unit_id"),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("position"),
                        rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class),
                        rs.getString("username")));
            }
        }
        return out;
    }

    /** One person row before its groups are attached. */
    private record Row(long id, String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
                       String phone, String email, long unitId, String unitCode, String unitName, String position,
                       LocalDate activeFrom, LocalDate activeTo, String username) {
        PersonView view(List<PersonView.GroupView> groups) {
            return new PersonView(id, code, fullName, birthDate, gender, ethnicity, phone, email, unitId, unitCode,
                    unitName, position, activeFrom, activeTo, List.copyOf(groups), username);
        }
    }
}
