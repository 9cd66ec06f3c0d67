package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What a user typed for a person, before validation: text as it came from a form or an API body.
 * {@link PersonService} validates it into field errors or a saved person.
 */
public record PersonInput(@Nullable String code,
                          @Nullable String fullName,
                          @Nullable String birthDate,
                          @Nullable String gender,
                          @Nullable String ethnicity,
                          @Nullable String phone,
                          @Nullable String email,
                          @Nullable String unitId,
                          @Nullable String position,
                          @Nullable String activeFrom,
                          @Nullable String activeTo,
                          List<GroupInput> groups,
                          DateStyle dateStyle) {

    /** One audience group ticked, with the trainer level (TRAINER) or recognition date (MEDIATOR) if given. */
    public record GroupInput(@Nullable String group, @Nullable String trainerLevel, @Nullable String recognizedOn) {
    }

    /** How dates are written: dd/MM/yyyy on pages, ISO yyyy-MM-dd in the API. */
    public enum DateStyle {
        VIETNAMESE("person.error.date"), ISO("person.error.dateIso");

        private final String errorKey;

        DateStyle(String errorKey) {
            this.errorKey = errorKey;
        }

        public String errorKey() {
            return errorKey;
        }
    }
}
