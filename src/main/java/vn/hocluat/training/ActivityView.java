package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** One activity as its page shows it; checkinCode is null while check-in is closed. */
record ActivityView(long id, String title, List<String> topics, long unitId, String unitName, ActivityMode mode,
                    LocalDate startsOn, LocalDate endsOn, @Nullable String location, @Nullable String link,
                    @Nullable String trainers, @Nullable String checkinCode) {
    public String topicList() {
        return String.join(", ", topics);
    }

    public String modeKey() {
        return mode.labelKey();
    }

    public boolean checkinOpen() {
        return checkinCode != null;
    }
}
