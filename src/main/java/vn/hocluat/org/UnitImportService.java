package vn.hocluat.org;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.org.UnitImportFile.Column;
import vn.hocluat.org.UnitImportFile.Issue;
import vn.hocluat.org.UnitImportFile.Line;
import vn.hocluat.platform.metrics.DomainMetrics;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports units from a CSV/XLSX file, all or nothing: every bad row is reported and nothing is
 * written, or every row is applied. Rows match existing units on code; a new unit's parent is an
 * existing unit of the caller's subtree or a row above it in the file. An existing unit keeps its
 * parent (the file may not move it) and, where the urban or population cell is empty, its value.
 */
@Singleton
public class UnitImportService {
    /** What an import changed: new units, and existing units whose values differed from the file. */
    @Serdeable
    public record ImportResult(int created, int updated) {
    }

    /** The file was refused: every problem, with the row as the spreadsheet numbers it (0: the file as a whole). */
    public static class ImportRejected extends RuntimeException {
        private final transient List<RowError> errors;

        public ImportRejected(List<RowError> errors) {
            super("unit import refused: " + errors.size() + " errors");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    private final UnitRepository units;
    private final UnitQueries queries;
    private final UnitScope scope;
    private final UnitValues values;
    private final UnitService service;
    private final Messages messages;
    private final DomainMetrics metrics;

    UnitImportService(UnitRepository units, UnitQueries queries, UnitScope scope, UnitValues values,
                      UnitService service, Messages messages, DomainMetrics metrics) {
        this.metrics = metrics;
        this.units = units;
        this.queries = queries;
        this.scope = scope;
        this.values = values;
        this.service = service;
        this.messages = messages;
    }

    @Transactional
    public ImportResult importFile(CurrentUser user, String filename, byte[] content, Locale locale) {
        UnitService.requireEditor(user);
        try {
            return importTable(user, TableReader.read(filename, content), locale);
        } catch (TableFormatException e) {
            metrics.importRejected(DomainMetrics.UNITS);
            throw new ImportRejected(List.of(new RowError(0, null, messages.get(locale, e.messageKey(), e.args()))));
        }
    }

    @Transactional
    public ImportResult importTable(CurrentUser user, Table table, Locale locale) {
        UnitService.requireEditor(user);
        UnitImportFile file = new UnitImportFile(table, values, labels());
        List<Issue> issues = new ArrayList<>(file.issues);
        Map<String, Unit> db = Map.of();
        if (file.columnsFound()) {
            Set<String> codes = new HashSet<>();
            file.lines.forEach(l -> {
                codes.add(l.draft().code());
                codes.add(l.parentCode());
            });
            codes.remove(null);
            db = queries.byCodes(codes);
            new Check(user, file, db, locale, issues).run();
        }
        if (!issues.isEmpty()) {
            metrics.importRejected(DomainMetrics.UNITS);
            throw new ImportRejected(issues.stream().sorted(Comparator.comparingInt(Issue::row))
                    .map(i -> new RowError(i.row(), i.column(), messages.get(locale, i.key(), i.args()))).toList());
        }
        ImportResult result = write(file, db);
        metrics.imported(DomainMetrics.UNITS, result.created(), result.updated());
        return result;
    }

    /** The template's header line: the Vietnamese (or English) column labels in file order. */
    public List<String> headerLabels(Locale locale) {
        return Arrays.stream(Column.values()).map(c -> messages.get(locale, c.labelKey())).toList();
    }

    private ImportResult write(UnitImportFile file, Map<String, Unit> db) {
        Map<String, Unit> known = new HashMap<>(db);
        int created = 0;
        int updated = 0;
        for (Line l : file.lines) {
            UnitDraft d = l.draft();
            Unit existing = db.get(d.code());
            if (existing == null) {
                known.put(d.code(), service.insert(known.get(l.parentCode()), d));
                created++;
                continue;
            }
            Unit merged = UnitService.changed(existing, existing.code(), d.name(), d.kind(),
                    d.urban() == null ? existing.urban() : d.urban(),
                    d.population() == null ? existing.population() : d.population());
            if (!merged.name().equals(existing.name()) || merged.kind() != existing.kind()
                    || !Objects.equals(merged.urban(), existing.urban()) || !Objects.equals(merged.population(), existing.population())) {
                units.update(merged);
                updated++;
            }
        }
        return new ImportResult(created, updated);
    }

    private Map<Column, List<String>> labels() {
        Map<Column, List<String>> labels = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            labels.put(c, List.of(messages.get(Messages.VI, c.labelKey()), messages.get(Messages.EN, c.labelKey())));
        }
        return labels;
    }

    /** The checks that need the database: parents, scope, kinds under parents and over existing children. */
    private final class Check {
        private final CurrentUser user;
        private final UnitImportFile file;
        private final Map<String, Unit> db;
        private final Locale locale;
        private final List<Issue> issues;
        private final String prefix;
        private final Map<String, Line> byCode = new HashMap<>();

        Check(CurrentUser user, UnitImportFile file, Map<String, Unit> db, Locale locale, List<Issue> issues) {
            this.user = user;
            this.file = file;
            this.db = db;
            this.locale = locale;
            this.issues = issues;
            this.prefix = scope.pathPrefix(user);
            file.lines.forEach(l -> byCode.putIfAbsent(l.draft().code(), l));
        }

        void run() {
            Set<String> above = new HashSet<>();
            List<Unit> kindChanged = new ArrayList<>();
            for (Line l : file.lines) {
                if (l.draft().code() != null && byCode.get(l.draft().code()) != l) {
                    continue;
                }
                Unit existing = db.get(l.draft().code());
                if (existing != null) {
                    checkExisting(l, existing, kindChanged);
                } else {
                    checkNew(l, above);
                }
                above.add(l.draft().code());
            }
            Map<Long, Line> lineOf = new HashMap<>();
            kindChanged.forEach(u -> lineOf.put(u.id(), byCode.get(u.code())));
            for (Unit child : queries.childrenOf(lineOf.keySet())) {
                Line parentLine = lineOf.get(child.parentId());
                UnitKind childKind = finalKind(child.code());
                if (childKind != null && !UnitRules.allowedUnder(parentLine.draft().kind(), childKind)) {
                    add(parentLine, Column.KIND, "unit.import.error.kindChildren", child.code(), label(childKind));
                }
            }
        }

        private void checkNew(Line l, Set<String> above) {
            String pc = l.parentCode();
            Unit parent = db.get(pc);
            if (pc.isEmpty()) {
                add(l, Column.PARENT, "unit.import.error.parentRequired");
            } else if (parent != null && !parent.path().startsWith(prefix)) {
                add(l, Column.PARENT, "unit.import.error.parentOutOfScope", pc);
            } else if (parent == null && !above.contains(pc)) {
                Line later = byCode.get(pc);
                if (later != null) {
                    add(l, Column.PARENT, "unit.import.error.parentLater", pc, later.row());
                } else {
                    add(l, Column.PARENT, "unit.import.error.parentUnknown", pc);
                }
            } else {
                checkKindUnder(l, finalKind(pc));
            }
        }

        private void checkExisting(Line l, Unit existing, List<Unit> kindChanged) {
            if (!existing.path().startsWith(prefix) || existing.parentId() == null && !user.isAdmin()) {
                add(l, Column.CODE, "unit.import.error.outOfScope", existing.code());
                return;
            }
            Unit parent = existing.parentId() == null ? null : units.findById(existing.parentId()).orElseThrow();
            String currentParent = parent == null ? "" : parent.code();
            if (!currentParent.equals(l.parentCode())) {
                add(l, Column.PARENT, "unit.import.error.move", existing.code(), currentParent);
            } else if (l.draft().kind() != null && l.draft().kind() != existing.kind()) {
                if (parent == null) {
                    add(l, Column.KIND, "unit.error.kind.root");
                } else {
                    checkKindUnder(l, finalKind(parent.code()));
                    kindChanged.add(existing);
                }
            }
        }

        private void checkKindUnder(Line l, UnitKind parentKind) {
            UnitKind kind = l.draft().kind();
            if (kind != null && parentKind != null && !UnitRules.allowedUnder(parentKind, kind)) {
                add(l, Column.KIND, "unit.import.error.kindParent", label(kind), label(parentKind));
            }
        }

        /** The kind a unit will have after the import: the file's where it has a valid one, else the database's. */
        private UnitKind finalKind(String code) {
            Line line = byCode.get(code);
            if (line != null && line.draft().kind() != null) {
                return line.draft().kind();
            }
            Unit u = db.get(code);
            return u == null ? null : u.kind();
        }

        private String label(UnitKind kind) {
            return messages.get(locale, "unit.kind." + kind.name());
        }

        private void add(Line l, Column c, String key, Object... args) {
            issues.add(new Issue(l.row(), file.header(c), key, args));
        }
    }
}
