package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;

/**
 * Which questions of a bank to list: a category (itself and its sub-categories: "Luật" matches
 * "Luật/Hòa giải"), difficulty, type, tag, free text (diacritics-insensitive, in title and text),
 * and the 1-based page.
 */
public record QuestionFilter(@Nullable String category, @Nullable Difficulty difficulty, @Nullable QuestionType type,
                             @Nullable String tag, @Nullable String q, int page, int size) {
    public QuestionFilter {
        category = blankToNull(category);
        tag = blankToNull(tag);
        q = blankToNull(q);
        page = Math.max(1, page);
        size = Math.max(1, Math.min(Paged.MAX_SIZE, size));
    }

    QuestionFilter onPage(int p) {
        return new QuestionFilter(category, difficulty, type, tag, q, p, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
