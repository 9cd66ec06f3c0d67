package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;

/** A stored lesson with the names the authoring pages show beside it (file name, quiz title). */
record LessonRow(long id, long moduleId, int position, String slug, String kind, String title, String body, boolean required,
                 @Nullable Integer minutes, @Nullable Long mediaId, @Nullable String mediaName, @Nullable String mediaType,
                 @Nullable String externalUrl, @Nullable Long quizId, @Nullable String quizTitle, boolean mustPass) {
}
