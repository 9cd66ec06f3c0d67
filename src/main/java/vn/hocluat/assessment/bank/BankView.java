package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;

/** A question bank as pages and the API show it: its unit, and how many questions (and active ones) it holds. */
public record BankView(long id, long unitId, String unitCode, String unitName, String name,
                       @Nullable String description, long questions, long activeQuestions,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
