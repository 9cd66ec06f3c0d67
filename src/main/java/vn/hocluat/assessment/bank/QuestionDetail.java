package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;

import java.time.OffsetDateTime;
import java.util.List;

/** A question with the content of its current version and the list of all its versions. */
public record QuestionDetail(long id, long bankId, @Nullable String category, @Nullable Difficulty difficulty,
                             List<String> tags, boolean active, int currentVersion, QuestionContent content,
                             List<Version> versions, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** One version: when and by whom it was written, and how many attempts used it. */
    public record Version(int version, OffsetDateTime createdAt, @Nullable String createdBy, long attempts) {
    }
}
