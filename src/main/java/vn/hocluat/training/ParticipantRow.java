package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A participant of an activity: attendance status, completion, and how they were recorded. */
record ParticipantRow(long personId, String fullName, String code, String unitName, String status, boolean completed,
                      @Nullable Instant checkedInAt, String source) {
    public String sourceKey() {
        return "activity.source." + source;
    }
}
