package vn.hocluat.assessment.question;

import io.micronaut.serde.annotation.Serdeable;

/** One pair of a MATCHING question: the left item and the right item it belongs with. */
@Serdeable
public record MatchPair(String left, String right) {
}
