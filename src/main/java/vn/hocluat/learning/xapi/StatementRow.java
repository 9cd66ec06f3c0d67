package vn.hocluat.learning.xapi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A stored statement with what its JSON needs: the account, the course, and the lesson or quiz it is about. */
record StatementRow(long id, UUID uuid, String username, String displayName, String verb, String objectKind, long objectId,
                    String courseSlug, String courseTitle, String language, @Nullable String lessonSlug,
                    @Nullable String lessonTitle, @Nullable String quizTitle, @Nullable BigDecimal score,
                    @Nullable BigDecimal maxScore, Instant occurredAt, Instant storedAt) {
}
