package vn.hocluat.contest.rank;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A round as ranking and review see it: its contest (unit, slug, prediction kind, ranking order), its
 * window with the database clock's verdict on whether it has closed, and its freeze record.
 */
record RoundHead(long roundId, long contestId, long contestUnitId, String contestUnitName, String slug, String contestTitle, boolean published,
                 String name, Instant opensAt, Instant closesAt, boolean closed, String predictionKind,
                 List<String> rankingOrder, int drawCount, @Nullable Long predictionActual, @Nullable Instant frozenAt,
                 @Nullable String frozenByName, @Nullable String frozenMethod, @Nullable Instant resultsPublishedAt) {

    boolean frozen() {
        return frozenAt != null;
    }

    boolean resultsPublished() {
        return resultsPublishedAt != null;
    }

    boolean hasPrediction() {
        return !"NONE".equals(predictionKind);
    }
}
