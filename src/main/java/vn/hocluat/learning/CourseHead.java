package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What every learning feature needs to know of a course to decide who may see or change it. */
@Serdeable
public record CourseHead(long id, String slug, int version, String title, long unitId, String unitPath, Visibility visibility,
                         boolean published, boolean selfEnrol, List<String> audience, List<String> topics,
                         @Nullable Integer estimatedMinutes, @Nullable Long bankId) {

    public enum Visibility {
        /** Citizens may read it without an account; anyone signed in may enrol. */
        PUBLIC,
        /** Accounts whose unit lies in the owner unit's subtree. */
        INTERNAL
    }
}
