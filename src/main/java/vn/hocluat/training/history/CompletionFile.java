package vn.hocluat.training.history;

import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a past-completions file read and checked without the database; a completion is
 * identified, as in external_completion, by person, source, course title and day.
 */
final class CompletionFile {
    static final HistoryColumn PERSON = HistoryColumn.of("personCode", true, 64, "Mã người", "Person code");
    static final HistoryColumn COURSE_TITLE = HistoryColumn.of("courseTitle", true, 300, "Tên khóa học", "Khóa học", "Course title");
    static final HistoryColumn COURSE_SLUG = HistoryColumn.of("courseSlug", false, 100, "Mã khóa học trên HọcLuật", "Mã khóa học", "Course slug");
    static final HistoryColumn TOPICS = HistoryColumn.of("topics", false, 1000, "Chủ đề", "Topics");
    static final HistoryColumn MODE = HistoryColumn.of("mode", false, 30, "Hình thức", "Mode");
    static final HistoryColumn COMPLETED_ON = HistoryColumn.of("completionDate", true, 30, "Ngày hoàn thành", "Completion date");
    static final HistoryColumn SOURCE = HistoryColumn.of("source", true, 200, "Nguồn", "Source");
    static final List<HistoryColumn> COLUMNS = List.of(PERSON, COURSE_TITLE, COURSE_SLUG, TOPICS, MODE, COMPLETED_ON, SOURCE);

    /** One completion; topics empty and slug given means "the course's topics". */
    record Completion(int row, String personCode, String courseTitle, String courseSlug, List<String> topics, String mode,
                      LocalDate completedOn, String source) {
        boolean complete() {
            return personCode != null && courseTitle != null && mode != null && completedOn != null && source != null;
        }
    }

    private CompletionFile() {
    }

    static List<Completion> parse(HistorySheet sheet) {
        List<Completion> completions = new ArrayList<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (Table.Row row : sheet.rows()) {
            sheet.at(row);
            String person = sheet.required(PERSON);
            String title = sheet.required(COURSE_TITLE);
            String slug = sheet.text(COURSE_SLUG);
            List<String> topics = sheet.topics(TOPICS);
            String modeCell = sheet.text(MODE);
            String mode = modeCell == null ? "ONLINE" : sheet.choice(MODE, modeCell, ActivityFile.MODES, "history.error.mode");
            LocalDate day = sheet.date(COMPLETED_ON, true);
            String source = sheet.required(SOURCE);
            Completion c = new Completion(row.number(), person, title, slug, topics, mode, day, source);
            if (c.complete()) {
                Integer first = rowOfKey.putIfAbsent(String.join("\u0000", person, source, title, day.toString()), row.number());
                if (first != null) {
                    sheet.error(PERSON, "history.error.completionTwice", person, title, Dates.format(day), first);
                }
            }
            completions.add(c);
        }
        return completions;
    }
}
