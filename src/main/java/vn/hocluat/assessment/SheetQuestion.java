package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of an attempt as its taker may see it, with its texts also as sanitised HTML
 * ({@code html} fields, by the question's format). While the attempt is open, and whenever review
 * does not allow more, the review fields ({@code fraction}, {@code earned}, {@code accepted},
 * feedback, each option's {@code correct}) are null: the builder never reads the key for them.
 */
@Serdeable
public record SheetQuestion(int number, QuestionType type, @Nullable String title, String text, TextFormat format,
                            String html, BigDecimal points, List<SheetOption> options, List<SheetLeft> lefts,
                            @Nullable String answer, @Nullable BigDecimal fraction, @Nullable BigDecimal earned,
                            @Nullable List<String> accepted, @Nullable String answerFeedbackHtml,
                            @Nullable String generalFeedbackHtml) {

    /** The question's position from 0, which names its form fields: c0 (options), t0 (text), m0_2 (left item 2). */
    public int index() {
        return number - 1;
    }

    /** A displayed option: its position (the value a form posts), text, whether chosen; review adds correct and feedback. */
    @Serdeable
    public record SheetOption(int position, String text, String html, boolean chosen, @Nullable Boolean correct,
                              @Nullable String feedbackHtml) {
    }

    /** A left item of a MATCHING question with the right items to choose from; review adds the correct right item. */
    @Serdeable
    public record SheetLeft(int index, String text, String html, List<SheetOption> rights, @Nullable String correctRight,
                            @Nullable Boolean correct) {
    }
}
