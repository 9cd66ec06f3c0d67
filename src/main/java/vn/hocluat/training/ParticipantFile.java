package vn.hocluat.training;

import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An uploaded attendance sheet: columns person code, status, completed (headers matched without
 * diacritics or case, Vietnamese or English). Pure checks; the codes are resolved against the roster
 * by the service. Messages are localised through the function given (key, args).
 */
final class ParticipantFile {
    static final String[] CODE = {"Mã người", "Ma nguoi", "Mã", "Person code", "Code"};
    static final String[] STATUS = {"Điểm danh", "Trạng thái", "Status", "Attendance"};
    static final String[] COMPLETED = {"Hoàn thành", "Completed"};
    private static final Map<String, String> STATUSES = Map.of("present", "PRESENT", "co mat", "PRESENT",
            "absent", "ABSENT", "vang", "ABSENT", "vang mat", "ABSENT",
            "excused", "EXCUSED", "vang co phep", "EXCUSED", "co phep", "EXCUSED");
    private static final Map<String, Boolean> YES_NO = Map.of("", false, "khong", false, "no", false, "0", false,
            "co", true, "yes", true, "1", true, "x", true);

    /** One checked row of the sheet. */
    record Line(int row, String code, String status, boolean completed) {
    }

    /** The checked rows, or the errors (then nothing may be written). */
    record Parsed(List<Line> lines, List<RowError> errors) {
    }

    private ParticipantFile() {
    }

    static Parsed parse(Table table, BiFunction<String, Object[], String> text) {
        List<RowError> errors = new ArrayList<>();
        Integer code = table.column(CODE).orElse(null);
        Integer status = table.column(STATUS).orElse(null);
        Integer completed = table.column(COMPLETED).orElse(null);
        if (code == null || status == null || completed == null) {
            errors.add(new RowError(1, null, text.apply("activity.upload.error.columns", new Object[0])));
            return new Parsed(List.of(), errors);
        }
        String codeHeader = table.header().get(code);
        String statusHeader = table.header().get(status);
        String completedHeader = table.header().get(completed);
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String c = row.cell(code).trim();
            String s = STATUSES.get(Fold.fold(row.cell(status)));
            Boolean done = YES_NO.get(Fold.fold(row.cell(completed)));
            int n = row.number();
            if (c.isEmpty()) {
                errors.add(new RowError(n, codeHeader, text.apply("activity.upload.error.code", new Object[0])));
            } else if (seen.containsKey(c)) {
                errors.add(new RowError(n, codeHeader, text.apply("activity.upload.error.duplicate", new Object[]{c, seen.get(c)})));
            } else {
                seen.put(c, n);
            }
            if (s == null) {
                errors.add(new RowError(n, statusHeader, text.apply("activity.upload.error.status", new Object[]{row.cell(status)})));
            }
            if (done == null) {
                errors.add(new RowError(n, completedHeader, text.apply("activity.upload.error.completed", new Object[]{row.cell(completed)})));
            } else if (done && s != null && !"PRESENT".equals(s)) {
                errors.add(new RowError(n, completedHeader, text.apply("activity.upload.error.completedNotPresent", new Object[0])));
            }
            lines.add(new Line(n, c, s, Boolean.TRUE.equals(done)));
        }
        return new Parsed(lines, errors);
    }
}
