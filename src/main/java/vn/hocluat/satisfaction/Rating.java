package vn.hocluat.satisfaction;

import java.time.OffsetDateTime;

/** A stored rating as managers read it (the rater is not shown). */
public record Rating(long id, RatedObject object, long ownerUnitId, String ownerUnitName, int score,
                     String comment, OffsetDateTime ratedAt) {
}
