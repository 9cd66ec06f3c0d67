package vn.hocluat.org;

import vn.hocluat.platform.files.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit file read into lines: finds the columns by header (Vietnamese or English, without
 * diacritics, case or punctuation), parses every row, and notes each problem of a single row.
 */
final class UnitImportFile {
    /** The columns; a header matches the folded label of the column in either bundle or one of the aliases. */
    enum Column {
        CODE("code", true, "code", "ma", "madonvi", "unitcode"),
        NAME("name", true, "name", "ten", "tendonvi", "unitname"),
        KIND("kind", true, "kind", "loai", "loaidonvi", "type"),
        PARENT("parentCode", true, "parentcode", "parent", "macaptren", "madonvicaptren"),
        URBAN("urban", false, "urban", "thanhthinongthon", "thanhthi"),
        POPULATION("population", false, "population", "danso");

        final String field;
        final boolean required;
        final String[] aliases;

        Column(String field, boolean required, String... aliases) {
            this.field = field;
            this.required = required;
            this.aliases = aliases;
        }

        String labelKey() {
            return "unit.import.column." + field;
        }
    }

    /** A problem to report: the row as the spreadsheet numbers it, the column header, a message key and its arguments. */
    record Issue(int row, String column, String key, Object... args) {
    }

    /** One data row: its own values and the code of its parent. */
    record Line(int row, UnitDraft draft, String parentCode) {
    }

    final List<Line> lines = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();
    private final Map<Column, Integer> positions = new LinkedHashMap<>();
    private final Map<Column, String> headers = new HashMap<>();

    /** Reads the table; {@code labels} gives, for each column, the header names of the bundles (vi, en). */
    UnitImportFile(Table table, UnitValues values, Map<Column, List<String>> labels) {
        for (Column c : Column.values()) {
            List<String> names = new ArrayList<>(List.of(c.aliases));
            names.addAll(labels.get(c));
            table.column(names.toArray(String[]::new)).ifPresent(i -> {
                positions.put(c, i);
                headers.put(c, table.header().get(i));
            });
            if (c.required && !positions.containsKey(c)) {
                issues.add(new Issue(1, labels.get(c).get(0), "unit.import.error.columnMissing", labels.get(c).get(0)));
            }
        }
        if (!issues.isEmpty()) {
            return;
        }
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (Table.Row r : table.rows()) {
            Map<String, String> errors = new LinkedHashMap<>();
            UnitDraft d = values.parse(new UnitInput(cell(r, Column.CODE), cell(r, Column.NAME), cell(r, Column.KIND),
                    cell(r, Column.URBAN), cell(r, Column.POPULATION)), errors);
            errors.forEach((field, key) -> issues.add(new Issue(r.number(), header(field), key)));
            if (d.code() != null) {
                Integer first = firstRowOfCode.putIfAbsent(d.code(), r.number());
                if (first != null) {
                    issues.add(new Issue(r.number(), headers.get(Column.CODE), "unit.import.error.duplicate", d.code(), first));
                }
            }
            lines.add(new Line(r.number(), d, cell(r, Column.PARENT).strip()));
        }
    }

    /** Whether every required column is there (the rows were then read). */
    boolean columnsFound() {
        return Arrays.stream(Column.values()).allMatch(c -> !c.required || positions.containsKey(c));
    }

    String header(Column c) {
        return headers.get(c);
    }

    private String header(String field) {
        for (Column c : Column.values()) {
            if (c.field.equals(field)) {
                return headers.get(c);
            }
        }
        return null;
    }

    private String cell(Table.Row r, Column c) {
        Integer i = positions.get(c);
        return i == null ? "" : r.cell(i);
    }
}
