package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** A course as its authors see it on the authoring pages. */
record CourseRow(long id, String slug, int version, String title, String summary, String description, String language,
                 List<String> audience, List<String> topics, long unitId, String unitName, String visibility, boolean selfEnrol,
                 boolean published, @Nullable Integer estimatedMinutes, @Nullable Integer minMinutes, String origin,
                 boolean unpublishedChanges, @Nullable Instant lastPublishedAt, @Nullable Long coverMediaId,
                 @Nullable String coverName) {

    /**
     * The slug names the folder of the exported course and identifies the course on re-import, so
     * it is fixed once the course has been published or came from files.
     */
    public boolean slugLocked() {
        return lastPublishedAt != null || "FILES".equals(origin);
    }

    /** Publishing now gives a new version: something was saved since the version was published or imported. */
    public boolean newVersionDue() {
        return unpublishedChanges && slugLocked();
    }
}
