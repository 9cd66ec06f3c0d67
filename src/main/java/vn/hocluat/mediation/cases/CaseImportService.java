package vn.hocluat.mediation.cases;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.Source;
import vn.hocluat.mediation.cases.CaseReports.Team;
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports case tallies from a CSV or XLSX file (one report per row), all or nothing: every row is checked
 * first — unit of the importer's subtree, team of that unit, period, counts, the rules of a report, no
 * clash with another row or with a reported period — and only a file without problems is written, in one
 * transaction. A row for a period already reported is a replacing report (kept in the history).
 */
@Singleton
class CaseImportService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseImportService.class);
    /** mediation_case_report.file_name's length (V410). */
    private static final int MAX_FILE_NAME = 255;

    /** The counts of a written import, or the problems of a refused one (nothing written). */
    record Result(int written, int replaced, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final CaseReportService reports;
    private final CaseQueries queries;
    private final UnitScope scope;
    private final Messages messages;
    private final TransactionOperations<Connection> tx;

    CaseImportService(CaseReportService reports, CaseQueries queries, UnitScope scope, Messages messages,
                      TransactionOperations<Connection> tx) {
        this.tx = tx;
        this.reports = reports;
        this.queries = queries;
        this.scope = scope;
        this.messages = messages;
    }

    Result importFile(CurrentUser user, Upload upload, Locale locale) {
        CaseReportService.requireManager(user);
        if (upload.content() == null) {
            return refused(new RowError(0, null, messages.get(locale, "file.missing")));
        }
        Table table;
        try {
            table = TableReader.read(upload.filename(), upload.content());
        } catch (TableFormatException e) {
            return refused(new RowError("file.noHeader".equals(e.messageKey()) ? 1 : 0, null,
                    messages.get(locale, e.messageKey(), e.args())));
        }
        Map<CaseColumn, Integer> columns = new EnumMap<>(CaseColumn.class);
        List<String> missing = new ArrayList<>();
        for (CaseColumn c : CaseColumn.values()) {
            Optional<Integer> at = table.column(messages.get(Messages.VI, c.headerKey()), messages.get(Messages.EN, c.headerKey()));
            at.ifPresentOrElse(i -> columns.put(c, i), () -> missing.add(messages.get(locale, c.headerKey())));
        }
        if (!missing.isEmpty()) {
            return refused(new RowError(1, null, messages.get(locale, "mediation.cases.import.error.columns",
                    String.join(", ", missing))));
        }
        List<Entry> entries = new ArrayList<>();
        String fileName = upload.filename() == null || upload.filename().length() <= MAX_FILE_NAME ? upload.filename()
                : upload.filename().substring(0, MAX_FILE_NAME);
        List<RowError> errors = tx.executeRead(status -> check(user, table, columns, fileName, locale, entries));
        if (errors.isEmpty() && entries.isEmpty()) {
            errors = List.of(new RowError(0, null, messages.get(locale, "file.noRows")));
        }
        if (!errors.isEmpty()) {
            LOG.info("Case import by {} refused: {} rows, {} problems", user.username(), table.rows().size(), errors.size());
            return refused(errors.toArray(RowError[]::new));
        }
        int replaced = reports.recordAll(user, entries);
        LOG.info("Case import by {} from {}: {} reports, {} replacing earlier ones", user.username(), upload.filename(),
                entries.size(), replaced);
        return new Result(entries.size(), replaced, List.of());
    }

    /** Checks every row, collecting the reports of the good ones into {@code entries}; the problems found. */
    private List<RowError> check(CurrentUser user, Table table, Map<CaseColumn, Integer> columns, String fileName, Locale locale,
                         List<Entry> entries) {
        TeamLookup teams = new TeamLookup(queries.teamsUnder(scope.pathPrefix(user)));
        List<RowError> errors = new ArrayList<>();
        Map<Long, List<Seen>> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            RowErrors e = new RowErrors(row.number(), columns, table, locale, errors);
            String code = row.cell(columns.get(CaseColumn.UNIT_CODE));
            String name = row.cell(columns.get(CaseColumn.TEAM));
            Optional<Team> team = Optional.empty();
            if (code.isEmpty()) {
                e.add(CaseColumn.UNIT_CODE, "mediation.cases.import.error.required");
            } else if (!teams.hasUnit(code)) {
                e.add(CaseColumn.UNIT_CODE, "mediation.cases.import.error.unit", code);
            } else if (name.isEmpty()) {
                e.add(CaseColumn.TEAM, "mediation.cases.import.error.required");
            } else {
                List<Team> found = teams.find(code, name);
                if (found.size() != 1) {
                    e.add(CaseColumn.TEAM, found.isEmpty() ? "mediation.cases.import.error.team"
                            : "mediation.cases.import.error.teamTwice", name, code);
                } else {
                    team = Optional.of(found.get(0));
                }
            }
            String periodText = row.cell(columns.get(CaseColumn.PERIOD));
            Optional<CasePeriod> period = CasePeriod.parseFileText(periodText);
            if (period.isEmpty()) {
                e.add(CaseColumn.PERIOD, periodText.isEmpty() ? "mediation.cases.import.error.required"
                        : "mediation.cases.import.error.period", periodText);
            }
            int[] n = new int[CaseColumn.COUNTS.length];
            for (int i = 0; i < n.length; i++) {
                String text = row.cell(columns.get(CaseColumn.COUNTS[i]));
                Integer v = CaseForm.count(text);
                if (v == null) {
                    e.add(CaseColumn.COUNTS[i], text.isEmpty() ? "mediation.cases.import.error.required"
                            : "mediation.cases.import.error.count", text);
                } else {
                    n[i] = v;
                }
            }
            if (e.none() && team.isPresent() && period.isPresent()) {
                Entry entry = new Entry(team.get().id(), period.get(), new Figures(n[0], n[1], n[2], n[3]), Source.IMPORT, fileName);
                if (!clash(e, entry, seen)) {
                    refusal(e, entry);
                }
                seen.computeIfAbsent(entry.teamId(), k -> new ArrayList<>()).add(new Seen(row.number(), entry.period()));
                if (e.none()) {
                    entries.add(entry);
                }
            }
        }
        return errors;
    }

    /** A clash with an earlier row of the file for the same team: the same period twice, or overlapping periods. */
    private static boolean clash(RowErrors e, Entry entry, Map<Long, List<Seen>> seen) {
        for (Seen earlier : seen.getOrDefault(entry.teamId(), List.of())) {
            if (earlier.period().equals(entry.period())) {
                e.add(CaseColumn.PERIOD, "mediation.cases.import.error.sameRow", String.valueOf(earlier.row()));
                return true;
            }
            if (earlier.period().overlaps(entry.period())) {
                e.add(CaseColumn.PERIOD, "mediation.cases.import.error.overlapRow", String.valueOf(earlier.row()),
                        earlier.period().fileText(), entry.period().fileText());
                return true;
            }
        }
        return false;
    }

    /** A row of the file already read for a team, with its period. */
    private record Seen(int row, CasePeriod period) {
    }

    private void refusal(RowErrors e, Entry entry) {
        reports.refusal(entry).ifPresent(p -> e.addMessage(
                "mediation.cases.error.exceeds".equals(p.messageKey()) || "mediation.cases.error.negative".equals(p.messageKey())
                        ? CaseColumn.RECEIVED : CaseColumn.PERIOD, p));
    }

    private Result refused(RowError... errors) {
        return new Result(0, 0, List.of(errors));
    }

    /** The problems of one row, each with the column's header as written in the file. */
    private final class RowErrors {
        private final int row;
        private final Map<CaseColumn, Integer> columns;
        private final Table table;
        private final Locale locale;
        private final List<RowError> out;
        private final int before;

        RowErrors(int row, Map<CaseColumn, Integer> columns, Table table, Locale locale, List<RowError> out) {
            this.row = row;
            this.columns = columns;
            this.table = table;
            this.locale = locale;
            this.out = out;
            this.before = out.size();
        }

        void add(CaseColumn column, String key, Object... args) {
            out.add(new RowError(row, header(column), messages.get(locale, key, args)));
        }

        void addMessage(CaseColumn column, Problem p) {
            add(column, p.messageKey(), p.args());
        }

        boolean none() {
            return out.size() == before;
        }

        private String header(CaseColumn column) {
            return table.header().get(columns.get(column));
        }
    }

    /** The teams of the importer's subtree by unit code (any case) and folded team name. */
    private static final class TeamLookup {
        private final Map<String, Map<String, List<Team>>> byUnit = new HashMap<>();

        TeamLookup(List<Team> teams) {
            for (Team t : teams) {
                byUnit.computeIfAbsent(t.unitCode().toUpperCase(Locale.ROOT), k -> new HashMap<>())
                        .computeIfAbsent(Fold.fold(t.name()), k -> new ArrayList<>()).add(t);
            }
        }

        boolean hasUnit(String code) {
            return byUnit.containsKey(code.strip().toUpperCase(Locale.ROOT));
        }

        List<Team> find(String code, String name) {
            return byUnit.getOrDefault(code.strip().toUpperCase(Locale.ROOT), Map.of()).getOrDefault(Fold.fold(name), List.of());
        }
    }
}
