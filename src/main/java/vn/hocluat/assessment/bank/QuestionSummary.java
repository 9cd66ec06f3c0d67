package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;

import java.util.List;

/** A row of a bank's question list: the title, or the start of the text when there is none. */
public record QuestionSummary(long id, QuestionType type, @Nullable String title, String excerpt,
                              @Nullable String category, @Nullable Difficulty difficulty, List<String> tags,
                              int currentVersion, boolean active) {
    static final int EXCERPT = 140;

    public String typeKey() {
        return "question.type." + type.name();
    }

    public String difficultyKey() {
        return difficulty == null ? null : "question.difficulty." + difficulty.name();
    }

    /** What the list shows as the question's name. */
    public String label() {
        return title != null ? title : excerpt;
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
