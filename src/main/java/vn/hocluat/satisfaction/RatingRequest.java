package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;

/**
 * One rating as submitted: the object, the score 1-5, an optional comment, who and from where. The
 * rater's declared unit is not asked: {@link RatingService} takes the account's or entrant's unit.
 */
public record RatingRequest(RatedObject object, int score, @Nullable String comment, Rater rater,
                            String clientAddress) {
}
