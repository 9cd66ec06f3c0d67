package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A course as read from its folder, checked and complete, before anything is written: metadata,
 * modules and lessons in order, media bytes by file name, parsed question files by file name.
 * Lines are kept where the database may still refuse a value (the owner unit's code).
 */
record CourseDraft(String slug, int version, String title, String summary, String description, String language,
                   List<String> audience, List<String> topics, @Nullable String unitCode, int unitLine,
                   int versionLine, boolean publicVisibility, boolean selfEnrol, boolean published,
                   @Nullable Integer estimatedMinutes, @Nullable Integer minMinutes, @Nullable String cover,
                   List<ModuleDraft> modules, Map<String, MediaFile> media, Map<String, QuestionFile> questionFiles) {

    /** Lesson kinds as the lesson table stores them. */
    enum Kind { TEXT, VIDEO, AUDIO, DOCUMENT, QUIZ }

    record ModuleDraft(String slug, String title, String body, List<LessonDraft> lessons) {
    }

    /** A lesson; {@code file} is its path in the folder (for problems found later). Quiz values are null for other kinds. */
    record LessonDraft(String file, String slug, Kind kind, String title, String body, boolean required,
                       @Nullable Integer minutes, @Nullable String media, @Nullable String url,
                       @Nullable String questions, @Nullable Integer draw, @Nullable BigDecimal passPercent,
                       boolean mustPass, @Nullable Integer attempts, @Nullable Integer timeLimitMinutes) {
    }

    record MediaFile(String name, String contentType, byte[] data) {
    }

    /** A question file: its name under questions/ and its questions (each with its line). */
    record QuestionFile(String name, List<ParsedQuestion> questions) {
        String path() {
            return CourseNames.QUESTIONS + "/" + name;
        }
    }
}
