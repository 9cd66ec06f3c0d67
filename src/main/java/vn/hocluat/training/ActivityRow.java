package vn.hocluat.training;

import java.time.LocalDate;
import java.util.List;

/** A line of the activity list, with its participants present and completed. */
record ActivityRow(long id, String title, List<String> topics, String unitName, ActivityMode mode, LocalDate startsOn,
                   LocalDate endsOn, long present, long completed) {
    public String topicList() {
        return String.join(", ", topics);
    }

    public String modeKey() {
        return mode.labelKey();
    }
}
