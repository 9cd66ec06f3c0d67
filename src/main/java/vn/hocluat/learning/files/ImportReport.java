package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.files.CourseImporter.Outcome;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of the last courses/ import: one line per folder (course_import_folder) and its problems (course_import_issue). */
@Singleton
public class ImportReport {
    /** One folder of the run. */
    public record Folder(String folder, Outcome outcome, @Nullable Long courseId, @Nullable Integer version,
                  List<FileIssue> issues, @Nullable Instant at) {
    }

    private final JdbcOperations jdbc;

    ImportReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the report with this run's (serialised, so two nodes starting together do not interleave). */
    @Transactional
    void replace(List<Folder> folders) {
        exec("select pg_advisory_xact_lock(hashtext('course-files:report'))");
        exec("delete from course_import_issue");
        exec("delete from course_import_folder");
        for (Folder f : folders) {
            jdbc.prepareStatement("insert into course_import_folder (folder, outcome, course_id, version) values (?, ?, ?, ?)", st -> {
                st.setString(1, cut(f.folder(), 200));
                st.setString(2, f.outcome().name());
                st.setObject(3, f.courseId());
                st.setObject(4, f.version());
                return st.executeUpdate();
            });
            for (FileIssue i : f.issues()) {
                jdbc.prepareStatement("insert into course_import_issue (folder, file, line, message_key, args) values (?, ?, ?, ?, ?)", st -> {
                    st.setString(1, cut(f.folder(), 200));
                    st.setString(2, i.file() == null ? null : cut(i.file(), 300));
                    st.setObject(3, i.line() > 0 ? i.line() : null);
                    st.setString(4, i.messageKey());
                    st.setArray(5, st.getConnection().createArrayOf("text", i.args().toArray()));
                    return st.executeUpdate();
                });
            }
        }
    }

    /** The last run's report, for administrators only (403 for anyone else). */
    @ReadOnly
    List<Folder> last(CurrentUser user) {
        if (!user.isAdmin()) {
            throw Problem.forbidden();
        }
        Map<String, List<FileIssue>> issues = new LinkedHashMap<>();
        jdbc.prepareStatement("select folder, file, line, message_key, args from course_import_issue order by id", st -> {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Array args = rs.getArray(5);
                    issues.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new FileIssue(rs.getString(2),
                            rs.getInt(3), rs.getString(4), args == null ? List.of() : Arrays.asList((String[]) args.getArray())));
                }
            }
            return null;
        });
        return jdbc.prepareStatement("select folder, outcome, course_id, version, imported_at from course_import_folder order by folder", st -> {
            List<Folder> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(5);
                    out.add(new Folder(rs.getString(1), Outcome.valueOf(rs.getString(2)), (Long) rs.getObject(3),
                            (Integer) rs.getObject(4), issues.getOrDefault(rs.getString(1), List.of()), at.toInstant()));
                }
            }
            return out;
        });
    }

    /** Names come from the file system and may be longer than the columns (a badly named folder is reported too). */
    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private void exec(String sql) {
        jdbc.prepareStatement(sql, st -> st.execute());
    }
}
