package vn.hocluat.training.history;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the training history of the caller's subtree, all or nothing: every row is read and
 * checked (values, then codes and scope against the database) before anything is written; on any
 * problem nothing is written and every problem is returned with its row and column. Both imports
 * are idempotent: re-importing a file counts its records as unchanged.
 */
@Singleton
class HistoryImportService {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryImportService.class);
    private static final long IMPORT_LOCK = 0x48697374496dL;

    /** The counts of a written import, or the problems of a refused one (then nothing was written). */
    record Result(int created, int updated, int unchanged, int participants, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }

        /** The problems in row order (those found against the database come after the others, row by row). */
        static Result refused(List<RowError> errors) {
            return new Result(0, 0, 0, 0, errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList());
        }
    }

    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final Messages messages;
    private final Clock clock;

    HistoryImportService(JdbcOperations jdbc, UnitScope scope, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    /** Activities are recorded by trainers, managers and administrators. */
    void requireActivityImporter(CurrentUser user) {
        if (!user.author()) {
            throw Problem.forbidden();
        }
    }

    /** Completions from other platforms are a roster matter: managers and administrators. */
    void requireCompletionImporter(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }

    @Transactional
    Result importActivities(CurrentUser user, Upload upload, Locale locale) {
        requireActivityImporter(user);
        long started = System.nanoTime();
        HistorySheet sheet = sheet(upload, locale);
        if (!sheet.ready(ActivityFile.COLUMNS)) {
            return Result.refused(sheet.errors());
        }
        ActivityFile.Parsed parsed = ActivityFile.parse(sheet);
        String prefix = scope.pathPrefix(user);
        try {
            Connection c = lock();
            Map<String, HistoryLookup.Ref> units = HistoryLookup.units(c, codes(parsed.activities().values().stream()
                    .map(ActivityFile.Activity::unitCode).toList()));
            Map<String, HistoryLookup.Ref> persons = HistoryLookup.persons(c, codes(parsed.participants().stream()
                    .map(ActivityFile.Participant::personCode).toList()));
            Map<String, ActivityStore.Planned> planned = new LinkedHashMap<>();
            for (ActivityFile.Participant p : parsed.participants()) {
                HistoryLookup.Ref person = p.personCode() == null ? null : persons.get(p.personCode());
                if (p.personCode() != null && (person == null || !person.within(prefix))) {
                    sheet.error(p.row(), ActivityFile.PERSON, "history.error.personNotInScope", p.personCode());
                }
                ActivityFile.Activity a = p.activity();
                if (a == null) {
                    continue;
                }
                HistoryLookup.Ref unit = units.get(a.unitCode());
                if (unit == null || !unit.within(prefix)) {
                    sheet.error(p.row(), ActivityFile.UNIT, "history.error.unitNotInScope", a.unitCode());
                    continue;
                }
                if (person != null) {
                    planned.computeIfAbsent(a.key(), k -> new ActivityStore.Planned(unit.id(), parsed.activities().get(k),
                            new LinkedHashMap<>())).participants().put(person.id(), p);
                }
            }
            if (!sheet.errors().isEmpty()) {
                return Result.refused(sheet.errors());
            }
            ActivityStore.Counts counts = ActivityStore.write(c, planned.values(), user.accountId());
            LOG.info("History import of activities by {}: {} rows, {} created, {} updated, {} unchanged, {} participants written in {} ms",
                    user.username(), parsed.participants().size(), counts.created(), counts.updated(), counts.unchanged(),
                    counts.participants(), (System.nanoTime() - started) / 1_000_000);
            return new Result(counts.created(), counts.updated(), counts.unchanged(), counts.participants(), List.of());
        } catch (SQLException e) {
            throw new HistoryWriteException(e);
        }
    }

    @Transactional
    Result importCompletions(CurrentUser user, Upload upload, Locale locale) {
        requireCompletionImporter(user);
        long started = System.nanoTime();
        HistorySheet sheet = sheet(upload, locale);
        if (!sheet.ready(CompletionFile.COLUMNS)) {
            return Result.refused(sheet.errors());
        }
        List<CompletionFile.Completion> rows = CompletionFile.parse(sheet);
        String prefix = scope.pathPrefix(user);
        try {
            Connection c = lock();
            Map<String, HistoryLookup.Ref> persons = HistoryLookup.persons(c, codes(rows.stream()
                    .map(CompletionFile.Completion::personCode).toList()));
            Map<String, CompletionStore.Course> courses = CompletionStore.courses(c, codes(rows.stream()
                    .map(CompletionFile.Completion::courseSlug).toList()));
            List<CompletionStore.Planned> planned = new ArrayList<>(rows.size());
            for (CompletionFile.Completion r : rows) {
                HistoryLookup.Ref person = r.personCode() == null ? null : persons.get(r.personCode());
                if (r.personCode() != null && (person == null || !person.within(prefix))) {
                    sheet.error(r.row(), CompletionFile.PERSON, "history.error.personNotInScope", r.personCode());
                    person = null;
                }
                CompletionStore.Course course = r.courseSlug() == null ? null : courses.get(r.courseSlug());
                if (r.courseSlug() != null && course == null) {
                    sheet.error(r.row(), CompletionFile.COURSE_SLUG, "history.error.courseUnknown", r.courseSlug());
                }
                if (person != null && r.complete() && (r.courseSlug() == null || course != null)) {
                    List<String> topics = r.topics().isEmpty() && course != null ? course.topics() : r.topics();
                    planned.add(new CompletionStore.Planned(person.id(), r.courseTitle(), course == null ? null : course.id(),
                            topics, r.mode(), r.completedOn(), r.source()));
                }
            }
            if (!sheet.errors().isEmpty()) {
                return Result.refused(sheet.errors());
            }
            CompletionStore.Counts counts = CompletionStore.write(c, planned, user.accountId());
            LOG.info("History import of completions by {}: {} rows, {} created, {} updated, {} unchanged in {} ms",
                    user.username(), rows.size(), counts.created(), counts.updated(), counts.unchanged(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Result(counts.created(), counts.updated(), counts.unchanged(), 0, List.of());
        } catch (SQLException e) {
            throw new HistoryWriteException(e);
        }
    }

    /** The file read as a table; a file that cannot be read is a sheet with its one error. */
    private HistorySheet sheet(Upload upload, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        if (upload.content() == null) {
            return HistorySheet.unreadable(new RowError(0, null, messages.get(locale, "file.missing")), messages, locale, today);
        }
        try {
            return new HistorySheet(TableReader.read(upload.filename(), upload.content()), messages, locale, today);
        } catch (TableFormatException e) {
            int row = "file.noHeader".equals(e.messageKey()) ? 1 : 0;
            return HistorySheet.unreadable(new RowError(row, null, messages.get(locale, e.messageKey(), e.args())),
                    messages, locale, today);
        }
    }

    /** The transaction's connection, after waiting for any other history import to finish. */
    private Connection lock() throws SQLException {
        Connection c = jdbc.getConnection();
        try (Statement st = c.createStatement()) {
            st.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
        }
        return c;
    }

    private static Set<String> codes(List<String> values) {
        return values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A database failure while importing; the transaction is rolled back. */
    static class HistoryWriteException extends RuntimeException {
        HistoryWriteException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
