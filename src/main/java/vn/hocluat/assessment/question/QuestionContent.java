package vn.hocluat.assessment.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a question says and how it is graded — one immutable version. Stored as JSON with each
 * question version, so a past attempt is always graded against the version it was given.
 * Only the list that fits the type is used: {@code choices} (SINGLE, MULTIPLE, TRUE_FALSE,
 * SHORT_ANSWER), {@code numeric} (NUMERICAL), {@code pairs} (MATCHING). {@code exactMatch}: a
 * SHORT_ANSWER compared case- and diacritics-sensitively (default: insensitive).
 */
@Serdeable
public record QuestionContent(QuestionType type,
                              @Nullable String title,
                              String text,
                              TextFormat format,
                              List<Choice> choices,
                              List<NumericAnswer> numeric,
                              List<MatchPair> pairs,
                              @Nullable String generalFeedback,
                              boolean exactMatch) {
}
