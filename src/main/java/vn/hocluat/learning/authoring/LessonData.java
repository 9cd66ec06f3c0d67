package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;

/** A lesson as stored (courses/README.md, lesson files): for VIDEO/AUDIO/DOCUMENT a file or an https link, for QUIZ a quiz. */
record LessonData(long moduleId, String slug, String kind, String title, String body, boolean required,
                  @Nullable Integer minutes, @Nullable Long mediaId, @Nullable String externalUrl, @Nullable Long quizId,
                  boolean mustPass) {
}
