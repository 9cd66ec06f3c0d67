package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The course metadata an author edits (courses/README.md, course.md), checked. */
record CourseData(String slug, String title, String summary, String description, String language, List<String> audience,
                  List<String> topics, long unitId, String visibility, boolean selfEnrol, @Nullable Integer estimatedMinutes,
                  @Nullable Integer minMinutes) {
}
