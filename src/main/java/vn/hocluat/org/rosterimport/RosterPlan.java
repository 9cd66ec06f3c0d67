package vn.hocluat.org.rosterimport;

import vn.hocluat.org.AudienceGroup;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What importing a checked file would do, decided against the database's units and people: each row
 * creates a person, updates one, or changes nothing (its merged values equal the stored ones). Rows
 * naming a unit outside the importer's subtree, or the code of a person outside it, are problems.
 * Columns absent from the file keep a person's stored values; "Hiệu lực từ" left blank keeps the
 * stored date, or is today for a new person.
 */
record RosterPlan(List<Write> creates, List<Write> updates, List<RowIssue> issues) {

    /** A unit named in the file: its id and materialised path. */
    record UnitRef(long id, String path) {
    }

    /** A stored person whose code appears in the file. */
    record Existing(long id, String unitPath, PersonValues values) {
    }

    /** A person to insert ({@code id} null) or to overwrite; the groups are rewritten only when they changed. */
    record Write(Long id, String code, PersonValues values, boolean groupsChanged) {
    }

    static RosterPlan make(RosterFile file, Map<String, UnitRef> units, Map<String, Existing> people,
                           String scopePrefix, LocalDate today) {
        List<RowIssue> issues = new ArrayList<>(file.issues());
        Set<Integer> badRows = new HashSet<>();
        file.issues().forEach(i -> badRows.add(i.row()));
        List<Write> creates = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        for (RosterRow row : file.rows()) {
            UnitRef unit = row.unitCode() == null ? null : units.get(row.unitCode());
            Existing existing = row.code() == null ? null : people.get(row.code());
            List<RowIssue> found = new ArrayList<>();
            if (row.unitCode() != null && unit == null) {
                found.add(new RowIssue(row.row(), ImportColumn.UNIT_CODE, "import.error.unitUnknown", row.unitCode()));
            } else if (unit != null && !unit.path().startsWith(scopePrefix)) {
                found.add(new RowIssue(row.row(), ImportColumn.UNIT_CODE, "import.error.unitOutOfScope", row.unitCode()));
            }
            if (existing != null && !existing.unitPath().startsWith(scopePrefix)) {
                found.add(new RowIssue(row.row(), ImportColumn.CODE, "import.error.codeTaken", row.code()));
            }
            if (!found.isEmpty() || badRows.contains(row.row())) {
                issues.addAll(found);
                continue;
            }
            PersonValues values = merge(file, row, unit.id(), existing == null ? null : existing.values(), today);
            if (values.activeTo() != null && values.activeTo().isBefore(values.activeFrom())) {
                issues.add(new RowIssue(row.row(), ImportColumn.ACTIVE_TO, "import.error.activeTo",
                        Dates.format(values.activeTo()), Dates.format(values.activeFrom()), ImportColumn.ACTIVE_FROM));
            } else if (existing == null) {
                creates.add(new Write(null, row.code(), values, true));
            } else if (!values.equals(existing.values())) {
                updates.add(new Write(existing.id(), row.code(), values,
                        !values.groups().equals(existing.values().groups())));
            }
        }
        issues.sort(Comparator.comparingInt(RowIssue::row)
                .thenComparingInt(i -> i.column() == null ? -1 : i.column().ordinal()));
        return new RosterPlan(creates, updates, issues);
    }

    private static PersonValues merge(RosterFile file, RosterRow row, long unitId, PersonValues old, LocalDate today) {
        Merge m = new Merge(file, old);
        LocalDate from = row.activeFrom() != null ? row.activeFrom() : old != null ? old.activeFrom() : today;
        return new PersonValues(row.fullName(),
                m.pick(ImportColumn.BIRTH_DATE, row.birthDate(), PersonValues::birthDate),
                m.pick(ImportColumn.GENDER, row.gender(), PersonValues::gender),
                m.pick(ImportColumn.ETHNICITY, row.ethnicity(), PersonValues::ethnicity),
                m.pick(ImportColumn.PHONE, row.phone(), PersonValues::phone),
                m.pick(ImportColumn.EMAIL, row.email(), PersonValues::email),
                unitId,
                m.pick(ImportColumn.POSITION, row.position(), PersonValues::position),
                from,
                m.pick(ImportColumn.ACTIVE_TO, row.activeTo(), PersonValues::activeTo),
                file.has(ImportColumn.GROUPS) ? groups(file, row.groups(), old) : old == null ? Set.of() : old.groups());
    }

    /** Without a recognition-date column, a mediator keeps the date already stored. */
    private static Set<GroupValue> groups(RosterFile file, Set<GroupValue> groups, PersonValues old) {
        if (file.has(ImportColumn.MEDIATOR_RECOGNIZED_ON) || old == null) {
            return Set.copyOf(groups);
        }
        Set<GroupValue> out = new HashSet<>();
        for (GroupValue g : groups) {
            if (g.group() == AudienceGroup.MEDIATOR) {
                LocalDate stored = old.groups().stream().filter(o -> o.group() == AudienceGroup.MEDIATOR)
                        .map(GroupValue::recognizedOn).findFirst().orElse(null);
                out.add(new GroupValue(g.group(), null, stored));
            } else {
                out.add(g);
            }
        }
        return Set.copyOf(out);
    }

    private record Merge(RosterFile file, PersonValues old) {
        <T> T pick(ImportColumn column, T fromRow, Function<PersonValues, T> stored) {
            if (file.has(column)) {
                return fromRow;
            }
            return old == null ? null : stored.apply(old);
        }
    }
}
