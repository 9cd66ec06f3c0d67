package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as pages, the API and other features read it: the roster facts, the unit's code and
 * name, the audience groups and the username of the linked login (if any). The *Key methods give
 * message keys for templates.
 */
public record PersonView(long id,
                         String code,
                         String fullName,
                         @Nullable LocalDate birthDate,
                         @Nullable Gender gender,
                         @Nullable String ethnicity,
                         @Nullable String phone,
                         @Nullable String email,
                         long unitId,
                         String unitCode,
                         String unitName,
                         @Nullable String position,
                         LocalDate activeFrom,
                         @Nullable LocalDate activeTo,
                         List<GroupView> groups,
                         @Nullable String username) {

    /** Membership of one audience group. */
    public record GroupView(AudienceGroup group, @Nullable TrainerLevel trainerLevel, @Nullable LocalDate recognizedOn) {
        public String labelKey() {
            return "group." + group.name();
        }

        @Nullable
        public String levelKey() {
            return trainerLevel == null ? null : "trainerLevel." + trainerLevel.name();
        }
    }

    /** Where the person stands today. */
    public enum Status { ACTIVE, NOT_STARTED, ENDED }

    public boolean activeOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (activeTo == null || !activeTo.isBefore(day));
    }

    public Status status() {
        LocalDate today = Dates.today();
        if (activeFrom.isAfter(today)) {
            return Status.NOT_STARTED;
        }
        return activeOn(today) ? Status.ACTIVE : Status.ENDED;
    }

    public String statusKey() {
        return "person.status." + status().name();
    }

    @Nullable
    public String genderKey() {
        return gender == null ? null : "gender." + gender.name();
    }

    /** Deactivation applies to a person who has not ended yet. */
    public boolean ended() {
        return status() == Status.ENDED;
    }
}
