package vn.hocluat.assessment.question;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A question read from an import file: where it starts (line of a GIFT/Aiken file, row of an XLSX
 * sheet), the category in force ($CATEGORY in GIFT, the topic column in XLSX), difficulty and tags
 * when the format carries them, and the content.
 */
public record ParsedQuestion(int line,
                             @Nullable String category,
                             @Nullable Difficulty difficulty,
                             List<String> tags,
                             QuestionContent content) {
}
