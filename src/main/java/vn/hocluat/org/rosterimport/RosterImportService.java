package vn.hocluat.org.rosterimport;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.metrics.DomainMetrics;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports a roster file (CSV or XLSX) into the importer's unit subtree, all or nothing: either every
 * row is valid and the whole file is written in one transaction, or nothing is written and every
 * problem is returned with its row, column and a message in the user's language.
 */
@Singleton
class RosterImportService {
    private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);

    /** Either the counts of a written import or the problems of a refused one (then nothing was written). */
    record Result(int created, int updated, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final RosterStore store;
    private final UnitScope scope;
    private final Messages messages;
    private final DomainMetrics metrics;

    RosterImportService(RosterStore store, UnitScope scope, Messages messages, DomainMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.scope = scope;
        this.messages = messages;
    }

    /** Only those who keep a roster import one: administrators and managers. */
    void requireImporter(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }

    Result importFile(CurrentUser user, Upload upload, Locale locale) {
        requireImporter(user);
        if (upload.content() == null) {
            return refused(locale, Map.of(), List.of(RowIssue.ofFile(0, "file.missing")));
        }
        long started = System.nanoTime();
        Table table;
        try {
            table = TableReader.read(upload.filename(), upload.content());
        } catch (TableFormatException e) {
            int row = "file.noHeader".equals(e.messageKey()) ? 1 : 0;
            return refused(locale, Map.of(), List.of(RowIssue.ofFile(row, e.messageKey(), e.args())));
        }
        LocalDate today = Dates.today();
        RosterFile file = RosterParser.parse(table, today);
        long parsed = System.nanoTime();
        if (file.unreadable()) {
            return refused(locale, file.headers(), file.issues());
        }
        RosterPlan plan;
        try {
            plan = store.apply(file, scope.pathPrefix(user), today);
        } catch (RosterStore.RosterWriteException e) {
            if (e.isUniqueViolation()) {
                throw new Problem(HttpStatus.CONFLICT, "import.error.concurrent");
            }
            throw e;
        }
        if (!plan.issues().isEmpty()) {
            LOG.info("Roster import by {} refused: {} rows, {} problems", user.username(), file.rows().size(),
                    plan.issues().size());
            return refused(locale, file.headers(), plan.issues());
        }
        LOG.info("Roster import by {}: {} rows, {} created, {} updated in {} ms ({} ms reading the file)", user.username(),
                file.rows().size(), plan.creates().size(), plan.updates().size(), (System.nanoTime() - started) / 1_000_000,
                (parsed - started) / 1_000_000);
        metrics.imported(DomainMetrics.ROSTER, plan.creates().size(), plan.updates().size());
        return new Result(plan.creates().size(), plan.updates().size(), List.of());
    }

    private Result refused(Locale locale, Map<ImportColumn, String> headers, List<RowIssue> issues) {
        List<RowError> errors = new ArrayList<>(issues.size());
        for (RowIssue issue : issues) {
            String column = issue.column() == null ? null : header(locale, headers, issue.column());
            List<Object> args = new ArrayList<>();
            if (column != null) {
                args.add(column);
            }
            for (Object a : issue.args()) {
                args.add(arg(locale, headers, a));
            }
            errors.add(new RowError(issue.row(), column, messages.get(locale, issue.key(), args.toArray())));
        }
        metrics.importRejected(DomainMetrics.ROSTER);
        return new Result(0, 0, errors);
    }

    /** Columns named in a message read as the file's own header, or the template's when the file lacks the column. */
    private Object arg(Locale locale, Map<ImportColumn, String> headers, Object arg) {
        if (arg instanceof ImportColumn column) {
            return header(locale, headers, column);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(a -> String.valueOf(arg(locale, headers, a))).collect(Collectors.joining(", "));
        }
        return arg;
    }

    private String header(Locale locale, Map<ImportColumn, String> headers, ImportColumn column) {
        String inFile = headers.get(column);
        return inFile != null ? inFile : messages.get(locale, column.headerKey());
    }
}
