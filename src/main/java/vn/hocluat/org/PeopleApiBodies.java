package vn.hocluat.org;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of /api/v1/people: dates as ISO yyyy-MM-dd, enums by name, absent values as null. */
final class PeopleApiBodies {
    private PeopleApiBodies() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Person")
    record PersonJson(long id, String code, String fullName, @Nullable String birthDate, @Nullable Gender gender,
                      @Nullable String ethnicity, @Nullable String phone, @Nullable String email, long unitId,
                      String unitCode, @Nullable String position, String activeFrom, @Nullable String activeTo,
                      List<GroupJson> groups) {

        static PersonJson of(PersonView p) {
            return new PersonJson(p.id(), p.code(), p.fullName(), iso(p.birthDate()), p.gender(), p.ethnicity(),
                    p.phone(), p.email(), p.unitId(), p.unitCode(), p.position(), iso(p.activeFrom()),
                    iso(p.activeTo()), p.groups().stream().map(g -> new GroupJson(g.group().name(),
                            g.trainerLevel() == null ? null : g.trainerLevel().name(), iso(g.recognizedOn()))).toList());
        }
    }

    /** An audience group: trainerLevel (CENTRAL, PROVINCIAL, COMMUNE) for TRAINER, recognizedOn for MEDIATOR. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PersonGroup")
    record GroupJson(@Schema(description = "OFFICIAL, ARMED_FORCES, REPORTER, PROPAGANDIST, TEACHER, MEDIATOR, TRAINER, CITIZEN")
                     @Nullable String group,
                     @Nullable String trainerLevel,
                     @Schema(description = "yyyy-MM-dd") @Nullable String recognizedOn) {
    }

    /** A person to create or the full new state of one to update; a blank code is generated on create. */
    @Serdeable
    @Schema(name = "PersonRequest")
    record PersonRequest(@Nullable String code, @Nullable String fullName,
                         @Schema(description = "yyyy-MM-dd") @Nullable String birthDate,
                         @Schema(description = "MALE, FEMALE or OTHER") @Nullable String gender,
                         @Nullable String ethnicity, @Nullable String phone, @Nullable String email,
                         @Nullable Long unitId, @Nullable String position,
                         @Schema(description = "yyyy-MM-dd; on create, today when absent") @Nullable String activeFrom,
                         @Schema(description = "yyyy-MM-dd, the last active day") @Nullable String activeTo,
                         @Nullable List<GroupJson> groups) {

        PersonInput input(boolean creating, LocalDate today) {
            String from = activeFrom == null && creating ? today.toString() : activeFrom;
            List<PersonInput.GroupInput> gs = groups == null ? List.of() : groups.stream()
                    .map(g -> new PersonInput.GroupInput(g.group(), g.trainerLevel(), g.recognizedOn())).toList();
            return new PersonInput(code, fullName, birthDate, gender, ethnicity, phone, email,
                    unitId == null ? null : unitId.toString(), position, from, activeTo, gs, PersonInput.DateStyle.ISO);
        }
    }

    @Serdeable
    @Schema(name = "PersonList")
    record PersonListJson(List<PersonJson> items, long total, int page, int size) {
    }

    @Serdeable
    record FieldErrorJson(String field, String message) {
    }

    /** 422: what is wrong, field by field. */
    @Serdeable
    @Schema(name = "FieldErrors")
    record FieldErrorsJson(List<FieldErrorJson> errors) {
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
