package vn.hocluat.org.rosterimport;

import vn.hocluat.platform.text.Fold;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan with COPY, the fastest path into PostgreSQL: new people straight into person,
 * changed people through a staging table and one UPDATE, and the groups of both through a
 * staging table joined on the code. Runs inside the caller's transaction.
 */
final class RosterWriter {
    private static final String PERSON_COLUMNS = "code, full_name, search_name, birth_date, gender, ethnicity, "
            + "phone, email, unit_id, position, active_from, active_to";
    private static final String STAGING = """
            create temp table roster_import_update (id bigint primary key, regroup boolean, code varchar(64), full_name varchar(200),
                search_name varchar(200), birth_date date, gender varchar(8), ethnicity varchar(64), phone varchar(20),
                email varchar(200), unit_id bigint, position varchar(200), active_from date, active_to date) on commit drop;
            create temp table roster_import_group (code varchar(64), group_code varchar(16), trainer_level varchar(16),
                recognized_on date) on commit drop""";
    private static final String APPLY = """
            analyze roster_import_update;
            update person p set full_name = s.full_name, search_name = s.search_name, birth_date = s.birth_date,
                gender = s.gender, ethnicity = s.ethnicity, phone = s.phone, email = s.email, unit_id = s.unit_id,
                position = s.position, active_from = s.active_from, active_to = s.active_to, updated_at = now()
            from roster_import_update s where p.id = s.id
              and (p.full_name, p.birth_date, p.gender, p.ethnicity, p.phone, p.email, p.unit_id, p.position,
                   p.active_from, p.active_to) is distinct from (s.full_name, s.birth_date, s.gender, s.ethnicity,
                   s.phone, s.email, s.unit_id, s.position, s.active_from, s.active_to);
            delete from person_group g using roster_import_update s where g.person_id = s.id and s.regroup;
            insert into person_group (person_id, group_code, trainer_level, recognized_on)
            select p.id, s.group_code, s.trainer_level, s.recognized_on
            from roster_import_group s join person p on p.code = s.code""";

    private RosterWriter() {
    }

    static void write(Connection c, RosterPlan plan) throws SQLException {
        if (plan.creates().isEmpty() && plan.updates().isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(STAGING);
        }
        // common names repeat across a large roster; fold each once
        Map<String, String> folded = new HashMap<>();
        try (CopyRows copy = new CopyRows(c, "person", PERSON_COLUMNS)) {
            for (RosterPlan.Write w : plan.creates()) {
                copy.row(person(w, false, folded));
            }
            copy.finish();
        }
        try (CopyRows copy = new CopyRows(c, "roster_import_update", "id, regroup, " + PERSON_COLUMNS)) {
            for (RosterPlan.Write w : plan.updates()) {
                copy.row(person(w, true, folded));
            }
            copy.finish();
        }
        try (CopyRows copy = new CopyRows(c, "roster_import_group", "code, group_code, trainer_level, recognized_on")) {
            groups(copy, plan.creates());
            groups(copy, plan.updates());
            copy.finish();
        }
        try (Statement st = c.createStatement()) {
            st.execute(APPLY);
        }
    }

    private static Object[] person(RosterPlan.Write w, boolean withId, Map<String, String> folded) {
        PersonValues v = w.values();
        Object[] cells = {w.code(), v.fullName(), folded.computeIfAbsent(v.fullName(), Fold::fold), v.birthDate(), v.gender(), v.ethnicity(),
            v.phone(), v.email(), v.unitId(), v.position(), v.activeFrom(), v.activeTo()};
        if (!withId) {
            return cells;
        }
        Object[] withIdCells = new Object[cells.length + 2];
        withIdCells[0] = w.id();
        withIdCells[1] = w.groupsChanged();
        System.arraycopy(cells, 0, withIdCells, 2, cells.length);
        return withIdCells;
    }

    private static void groups(CopyRows copy, List<RosterPlan.Write> writes) throws SQLException {
        for (RosterPlan.Write w : writes) {
            if (!w.groupsChanged()) {
                continue;
            }
            for (GroupValue g : w.values().groups()) {
                copy.row(w.code(), g.group(), g.level(), g.recognizedOn());
            }
        }
    }
}
