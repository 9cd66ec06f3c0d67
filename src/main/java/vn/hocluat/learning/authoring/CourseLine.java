package vn.hocluat.learning.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A line of the authoring course list. */
record CourseLine(long id, String slug, String title, String unitName, boolean published, int version, String origin,
                  boolean unpublishedChanges, int lessons, Instant updatedAt) {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    public LocalDate updatedOn() {
        return LocalDate.ofInstant(updatedAt, VN);
    }
}
