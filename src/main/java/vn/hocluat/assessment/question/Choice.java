package vn.hocluat.assessment.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An option of a SINGLE, MULTIPLE or TRUE_FALSE question, or an accepted answer of a SHORT_ANSWER
 * question. {@code weight} is the percentage of the question's mark it earns when chosen
 * (−100…100; a SINGLE question has exactly one option at 100; a MULTIPLE question's positive
 * weights sum to 100, negative weights are penalties). For TRUE_FALSE the two options have the
 * texts "true" and "false".
 */
@Serdeable
public record Choice(String text, int weight, @Nullable String feedback) {
}
