package vn.hocluat.assessment.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * An accepted answer of a NUMERICAL question: right when min ≤ answer ≤ max (GIFT {#v:t} gives
 * min = v − t, max = v + t; {#a..b} gives min = a, max = b), earning {@code weight} percent.
 */
@Serdeable
public record NumericAnswer(BigDecimal min, BigDecimal max, int weight, @Nullable String feedback) {
}
