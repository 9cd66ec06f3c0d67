package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** Membership of a person in an audience group, with the trainer level or mediator recognition date. */
@MappedEntity("person_group")
public record PersonGroup(@EmbeddedId Key id,
                          @Nullable TrainerLevel trainerLevel,
                          @Nullable LocalDate recognizedOn) {

    @Embeddable
    public record Key(Long personId, AudienceGroup groupCode) {
    }

    public static PersonGroup of(long personId, AudienceGroup group, TrainerLevel level, LocalDate recognizedOn) {
        return new PersonGroup(new Key(personId, group), level, recognizedOn);
    }
}
