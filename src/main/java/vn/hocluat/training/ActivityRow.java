package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the activity list. Recorded: its participants present and completed. Cohort (id = the
 * cohort's): members and completions in the cohort. Self-paced (id = the course's, one line per
 * year): the persons who completed it that year outside any cohort, in both counts. {@code link}: the
 * page the line opens, null when the viewer may not open it; unitName is null for a self-paced line.
 */
record ActivityRow(ActivityOrigin origin, long id, int year, String title, List<String> topics, @Nullable String unitName,
                   ActivityMode mode, LocalDate startsOn, LocalDate endsOn, long present, long completed, @Nullable String link) {
    ActivityRow withLink(@Nullable String url) {
        return new ActivityRow(origin, id, year, title, topics, unitName, mode, startsOn, endsOn, present, completed, url);
    }

    public String topicList() {
        return String.join(", ", topics);
    }

    public String modeKey() {
        return mode.labelKey();
    }

    public boolean derived() {
        return origin != ActivityOrigin.RECORDED;
    }

    public String originKey() {
        return origin.labelKey();
    }

    public String participantsKey() {
        return "activity.online.participants." + origin.name();
    }
}
