package vn.hocluat.training.history;

import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a past-activities file (one row per participant) read and checked without the
 * database: values, dates, attendance rules, the activity columns of rows sharing an activity key,
 * and a person named twice for one activity.
 */
final class ActivityFile {
    static final HistoryColumn KEY = HistoryColumn.of("activityKey", true, 100, "Mã hoạt động", "Activity key", "Activity ref");
    static final HistoryColumn UNIT = HistoryColumn.of("unitCode", true, 32, "Mã đơn vị tổ chức", "Mã đơn vị", "Unit code");
    static final HistoryColumn TITLE = HistoryColumn.of("title", true, 300, "Tên hoạt động", "Tiêu đề", "Title");
    static final HistoryColumn TOPICS = HistoryColumn.of("topics", false, 1000, "Chủ đề", "Topics");
    static final HistoryColumn MODE = HistoryColumn.of("mode", true, 30, "Hình thức", "Mode");
    static final HistoryColumn START = HistoryColumn.of("startDate", true, 30, "Ngày bắt đầu", "Start date");
    static final HistoryColumn END = HistoryColumn.of("endDate", true, 30, "Ngày kết thúc", "End date");
    static final HistoryColumn LOCATION = HistoryColumn.of("location", false, 300, "Địa điểm", "Location");
    static final HistoryColumn PERSON = HistoryColumn.of("personCode", true, 64, "Mã người", "Mã người tham gia", "Person code");
    static final HistoryColumn STATUS = HistoryColumn.of("status", true, 30, "Điểm danh", "Tình trạng", "Status");
    static final HistoryColumn COMPLETED = HistoryColumn.of("completed", false, 10, "Hoàn thành", "Completed");
    static final HistoryColumn COMPLETED_ON = HistoryColumn.of("completedDate", false, 30, "Ngày hoàn thành", "Completed date");
    static final List<HistoryColumn> COLUMNS = List.of(KEY, UNIT, TITLE, TOPICS, MODE, START, END, LOCATION, PERSON,
            STATUS, COMPLETED, COMPLETED_ON);

    static final Map<String, String> MODES = Map.of("tructiep", "IN_PERSON", "inperson", "IN_PERSON",
            "tructuyen", "ONLINE", "online", "ONLINE", "kethop", "HYBRID", "hybrid", "HYBRID");
    static final Map<String, String> STATUSES = Map.of("comat", "PRESENT", "present", "PRESENT",
            "vang", "ABSENT", "absent", "ABSENT", "vangcophep", "EXCUSED", "excused", "EXCUSED");
    static final Map<String, Boolean> YES_NO = Map.of("co", true, "yes", true, "x", true, "1", true, "true", true,
            "khong", false, "no", false, "0", false, "false", false);

    /** What a row says of its activity; rows with the same key must say the same. */
    record Activity(String key, String unitCode, String title, List<String> topics, String mode, LocalDate startsOn,
                    LocalDate endsOn, String location) {
    }

    /** One participant row; activity is null when the row's activity columns are unusable. */
    record Participant(int row, Activity activity, String personCode, String status, boolean completed, LocalDate completedOn) {
    }

    /** The activities by key (each with its first row) and their participant rows. */
    record Parsed(Map<String, Activity> activities, Map<String, Integer> firstRow, List<Participant> participants) {
    }

    private ActivityFile() {
    }

    static Parsed parse(HistorySheet sheet) {
        Map<String, Activity> activities = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Integer> rowOfParticipant = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        for (Table.Row row : sheet.rows()) {
            sheet.at(row);
            Activity activity = activity(sheet);
            String person = sheet.required(PERSON);
            String status = sheet.choice(STATUS, sheet.required(STATUS), STATUSES, "history.error.status");
            String completedCell = sheet.text(COMPLETED);
            Boolean completed = completedCell == null ? Boolean.FALSE
                    : sheet.choice(COMPLETED, completedCell, YES_NO, "history.error.yesNo");
            LocalDate completedOn = sheet.date(COMPLETED_ON, false);
            if (Boolean.TRUE.equals(completed) && status != null && !"PRESENT".equals(status)) {
                sheet.error(COMPLETED, "history.error.completedAbsent", completedCell);
            }
            if (completedOn != null && Boolean.FALSE.equals(completed)) {
                sheet.error(COMPLETED_ON, "history.error.dateWithoutCompleted", Dates.format(completedOn));
            }
            if (completedOn != null && activity != null && completedOn.isBefore(activity.startsOn())) {
                sheet.error(COMPLETED_ON, "history.error.completedBeforeStart", Dates.format(completedOn),
                        Dates.format(activity.startsOn()));
            }
            if (activity != null) {
                Integer first = firstRow.putIfAbsent(activity.key(), row.number());
                if (first == null) {
                    activities.put(activity.key(), activity);
                } else {
                    compare(sheet, activities.get(activity.key()), activity, first);
                }
                if (person != null) {
                    Integer twice = rowOfParticipant.putIfAbsent(activity.key() + "\u0000" + person, row.number());
                    if (twice != null) {
                        sheet.error(PERSON, "history.error.participantTwice", person, activity.key(), twice);
                    }
                }
            }
            participants.add(new Participant(row.number(), activity, person, status, Boolean.TRUE.equals(completed), completedOn));
        }
        return new Parsed(activities, firstRow, participants);
    }

    private static Activity activity(HistorySheet sheet) {
        String key = sheet.required(KEY);
        String unit = sheet.required(UNIT);
        String title = sheet.required(TITLE);
        List<String> topics = sheet.topics(TOPICS);
        String mode = sheet.choice(MODE, sheet.required(MODE), MODES, "history.error.mode");
        LocalDate start = sheet.date(START, true);
        LocalDate end = sheet.date(END, true);
        String location = sheet.text(LOCATION);
        if (start != null && end != null && end.isBefore(start)) {
            sheet.error(END, "history.error.endBeforeStart", Dates.format(end), Dates.format(start));
            end = null;
        }
        if (key == null || unit == null || title == null || mode == null || start == null || end == null) {
            return null;
        }
        return new Activity(key, unit, title, topics, mode, start, end, location);
    }

    /** Every activity column of a later row must equal the first row's of the same key. */
    private static void compare(HistorySheet sheet, Activity first, Activity later, int firstRow) {
        differs(sheet, UNIT, first.unitCode(), later.unitCode(), firstRow, first.key());
        differs(sheet, TITLE, first.title(), later.title(), firstRow, first.key());
        differs(sheet, TOPICS, String.join(", ", first.topics()), String.join(", ", later.topics()), firstRow, first.key());
        differs(sheet, MODE, first.mode(), later.mode(), firstRow, first.key());
        differs(sheet, START, Dates.format(first.startsOn()), Dates.format(later.startsOn()), firstRow, first.key());
        differs(sheet, END, Dates.format(first.endsOn()), Dates.format(later.endsOn()), firstRow, first.key());
        differs(sheet, LOCATION, first.location(), later.location(), firstRow, first.key());
    }

    private static void differs(HistorySheet sheet, HistoryColumn column, String first, String later, int firstRow, String key) {
        if (!Objects.equals(first, later)) {
            sheet.error(column, "history.error.activityDiffers", key, firstRow,
                    first == null ? "" : first, later == null ? "" : later);
        }
    }
}
