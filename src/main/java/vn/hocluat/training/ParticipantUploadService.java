package vn.hocluat.training;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Messages;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attendance from a CSV/XLSX sheet, all or nothing: every row must name a person of the organising
 * unit's subtree with a valid status and completion, else the errors (row, column, message) come
 * back and nothing is written. Written rows get source UPLOAD.
 */
@Singleton
class ParticipantUploadService {
    /** Either the number of rows written, or the errors. */
    record Result(int written, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ActivityService activities;
    private final ParticipantQueries queries;
    private final UnitScope scope;
    private final Messages messages;
    private final Clock clock;

    ParticipantUploadService(ActivityService activities, ParticipantQueries queries, UnitScope scope, Messages messages, Clock clock) {
        this.activities = activities;
        this.queries = queries;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    Result upload(CurrentUser user, long id, String filename, byte[] content, Locale locale) {
        ActivityView activity = activities.writable(user, id);
        if (content == null) {
            return new Result(0, List.of(new RowError(0, null, messages.get(locale, "file.missing"))));
        }
        Table table;
        try {
            table = TableReader.read(filename, content);
        } catch (TableFormatException e) {
            return new Result(0, List.of(new RowError(0, null, messages.get(locale, e.messageKey(), e.args()))));
        }
        ParticipantFile.Parsed parsed = ParticipantFile.parse(table, (key, args) -> messages.get(locale, key, args));
        List<RowError> errors = new ArrayList<>(parsed.errors());
        Map<String, Long> persons = queries.codesInSubtree(parsed.lines().stream().map(ParticipantFile.Line::code).toList(),
                scope.pathOf(activity.unitId()));
        String codeHeader = table.header().get(table.column(ParticipantFile.CODE).orElse(0));
        for (ParticipantFile.Line line : parsed.lines()) {
            if (!line.code().isEmpty() && !persons.containsKey(line.code())) {
                errors.add(new RowError(line.row(), codeHeader, messages.get(locale, "activity.upload.error.unknown", line.code())));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
            return new Result(0, errors);
        }
        Instant now = clock.instant();
        for (ParticipantFile.Line line : parsed.lines()) {
            queries.upsertUploaded(activity.id(), persons.get(line.code()), line.status(), line.completed(), now);
        }
        return new Result(parsed.lines().size(), List.of());
    }
}
