package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan target as the engine reads it, with the dates of its plan and phase (the phase is the
 * whole plan when the target names none). Empty audience = every roster person; empty topics = any topic.
 */
public record TargetSpec(long id, long planId, String metric, String label, String[] audience, String[] topics,
                         Long[] courseIds, String windowKind, @Nullable Integer windowMonths,
                         BigDecimal threshold, @Nullable BigDecimal bandUpper, String unitFilter, Long[] unitIds,
                         int months, LocalDate planStart, LocalDate phaseStart, LocalDate phaseEnd,
                         boolean hybridCountsOnline) {

    /** DESIGN's default for NEW_MEDIATOR_TRAINED_IN_TIME when params carry no "months". */
    public static final int DEFAULT_MONTHS = 6;

    /**
     * The first day of the window ending on {@code day}: PLAN → the plan's start, PHASE → the phase's
     * start, MONTHS → the day after the same day N months earlier (N whole months, both ends included).
     * Before its phase begins, a PHASE target is measured from the plan's start: the level reached so far,
     * a baseline for the phase (its status says the phase has not begun), instead of an empty window.
     */
    public LocalDate windowStart(LocalDate day) {
        return switch (windowKind) {
            case "PHASE" -> day.isBefore(phaseStart) ? planStart : phaseStart;
            case "MONTHS" -> day.minusMonths(windowMonths == null ? 1 : windowMonths).plusDays(1);
            default -> planStart;
        };
    }

    public boolean hasTopics() {
        return topics.length > 0;
    }

    public boolean hasAudience() {
        return audience.length > 0;
    }
}
