package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A checked activity form: what is written to training_activity. */
record ActivityInput(String title, List<String> topics, long unitId, ActivityMode mode, LocalDate startsOn, LocalDate endsOn,
                     @Nullable String location, @Nullable String link, @Nullable String trainers) {
}
