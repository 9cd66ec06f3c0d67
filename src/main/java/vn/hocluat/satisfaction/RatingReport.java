package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;

import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The managers' ratings report (GET /ratings): the ratings {@link RatingService#ratings} lets the
 * caller read — so its scope and role check hold here too — summed for the unit's subtree, per
 * child unit (with the objects the unit owns itself as their own row) and per rated object.
 */
@Singleton
class RatingReport {
    private final RatingService ratings;
    private final JdbcOperations jdbc;

    RatingReport(RatingService ratings, JdbcOperations jdbc) {
        this.ratings = ratings;
        this.jdbc = jdbc;
    }

    record UnitRef(long id, String name, String path) {
    }

    /** A child unit's subtree, or ({@code own}) the objects owned by the selected unit itself. */
    record UnitRow(UnitRef unit, boolean own, RatingTally tally) {
    }

    /** A rated object; {@code key} ("COURSE:12", "PAGE:/thi") selects it in the page's address. */
    record ObjectRow(String key, RatedObject object, String name, String ownerUnitName, RatingTally tally) {
    }

    record Report(UnitRef unit, List<UnitRef> trail, RatingTally total, List<UnitRow> units, List<ObjectRow> objects,
                  List<Rating> ratings, Map<String, String> names) {
        /** The ratings with a comment, of one object (by key) or of all when the key is null; newest first. */
        List<Rating> comments(@Nullable String objectKey) {
            return ratings.stream().filter(r -> r.comment() != null)
                    .filter(r -> objectKey == null || objectKey.equals(key(r.object()))).toList();
        }
    }

    static String key(RatedObject o) {
        return o.kind().name() + ":" + (o.kind() == RatedObject.Kind.PAGE ? o.path() : o.id());
    }

    @ReadOnly
    Report report(CurrentUser user, long unitId, YearMonth from, YearMonth to, @Nullable RatedObject.Kind kind) {
        List<Rating> read = ratings.ratings(user, unitId, from, to).stream()
                .filter(r -> kind == null || r.object().kind() == kind).toList();
        UnitRef unit = units("select id, name, path from unit where id = ?", unitId).get(0);
        List<UnitRef> children = units("select id, name, path from unit where parent_id = ? order by name, id", unitId);
        Map<Long, String> ownerPaths = new HashMap<>();
        for (UnitRef u : units("select id, name, path from unit where id = any(?)",
                read.stream().map(Rating::ownerUnitId).distinct().toArray(Long[]::new))) {
            ownerPaths.put(u.id(), u.path());
        }
        List<UnitRow> rows = new ArrayList<>();
        List<Rating> own = read.stream().filter(r -> r.ownerUnitId() == unitId).toList();
        if (!own.isEmpty()) {
            rows.add(new UnitRow(unit, true, RatingTally.of(own)));
        }
        for (UnitRef c : children) {
            rows.add(new UnitRow(c, false, RatingTally.of(read.stream()
                    .filter(r -> ownerPaths.get(r.ownerUnitId()).startsWith(c.path())).toList())));
        }
        Map<String, String> names = names(read);
        Map<String, List<Rating>> byObject = read.stream()
                .collect(Collectors.groupingBy(r -> key(r.object()), LinkedHashMap::new, Collectors.toList()));
        List<ObjectRow> objects = byObject.entrySet().stream()
                .map(e -> new ObjectRow(e.getKey(), e.getValue().get(0).object(), names.get(e.getKey()),
                        e.getValue().get(0).ownerUnitName(), RatingTally.of(e.getValue())))
                .sorted(Comparator.comparing((ObjectRow o) -> -o.tally().count()).thenComparing(ObjectRow::name))
                .toList();
        return new Report(unit, trail(user, unit), RatingTally.of(read), rows, objects, read, names);
    }

    /** The units from the user's own down to the selected one. */
    private List<UnitRef> trail(CurrentUser user, UnitRef unit) {
        Long[] ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .toArray(Long[]::new);
        List<UnitRef> all = units("select id, name, path from unit where id = any(?) order by depth", (Object) ids);
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == user.unitId()) {
                start = i;
            }
        }
        return all.subList(start, all.size());
    }

    /** Course and contest titles by object key; a page's name is its path; a removed object keeps its key. */
    private Map<String, String> names(List<Rating> read) {
        Map<String, String> names = new HashMap<>();
        for (RatedObject.Kind k : Set.of(RatedObject.Kind.COURSE, RatedObject.Kind.CONTEST)) {
            Long[] ids = read.stream().filter(r -> r.object().kind() == k).map(r -> r.object().id()).distinct()
                    .toArray(Long[]::new);
            String table = k == RatedObject.Kind.COURSE ? "course" : "contest";
            for (UnitRef t : units("select id, title, '' from " + table + " where id = any(?)", (Object) ids)) {
                names.put(k.name() + ":" + t.id(), t.name());
            }
        }
        read.stream().filter(r -> r.object().kind() == RatedObject.Kind.PAGE)
                .forEach(r -> names.put(key(r.object()), r.object().path()));
        read.forEach(r -> names.putIfAbsent(key(r.object()), key(r.object())));
        return names;
    }

    /** Rows of (id, name, path) for a query with one parameter (a unit id or an array of ids). */
    private List<UnitRef> units(String sql, Object param) {
        return jdbc.prepareStatement(sql, st -> {
            if (param instanceof Long[] ids) {
                st.setArray(1, st.getConnection().createArrayOf("bigint", ids));
            } else {
                st.setLong(1, (Long) param);
            }
            List<UnitRef> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
