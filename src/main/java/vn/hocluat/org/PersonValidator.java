package vn.hocluat.org;

import vn.hocluat.org.PersonInvalidException.FieldError;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what a user typed for a person, field by field, and turns it into typed values. Checks
 * that need the database (unit in scope, code not taken) are made by {@link PersonService}.
 */
final class PersonValidator {
    static final int NAME_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]{1,64}");
    // Vietnamese numbers: 10 digits starting with 0, or the same without the 0 after +84
    private static final Pattern PHONE = Pattern.compile("0\\d{9}|\\+84\\d{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PersonInput in;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    private PersonValidator(PersonInput in, LocalDate today) {
        this.in = in;
        this.today = today;
    }

    /** The typed values (null where a field is invalid) and the field errors found. */
    record Result(PersonData data, List<FieldError> errors) {
    }

    static Result validate(PersonInput in, LocalDate today) {
        return new PersonValidator(in, today).run();
    }

    /** The phone as stored: separators (spaces, dots, dashes, brackets) removed. */
    static String normalisePhone(String phone) {
        return PHONE_SEPARATORS.matcher(phone.trim()).replaceAll("");
    }

    private Result run() {
        String code = trim(in.code());
        if (code != null && !CODE.matcher(code).matches()) {
            error("code", "person.error.code");
        }
        String fullName = trim(in.fullName());
        fullName = fullName == null ? null : fullName.replaceAll("\\s+", " ");
        if (fullName == null) {
            error("fullName", "person.error.fullNameRequired");
        } else if (fullName.length() > NAME_MAX) {
            error("fullName", "person.error.tooLong", NAME_MAX);
        }
        LocalDate birthDate = date("birthDate", in.birthDate());
        if (birthDate != null && birthDate.isAfter(today)) {
            error("birthDate", "person.error.birthDateFuture");
        } else if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH)) {
            error("birthDate", "person.error.birthDateTooEarly");
        }
        Gender gender = choice("gender", in.gender(), Gender.class, "person.error.gender");
        String ethnicity = text("ethnicity", in.ethnicity(), 64);
        String phone = phone();
        String email = email();
        Long unitId = unitId();
        String position = text("position", in.position(), NAME_MAX);
        LocalDate activeFrom = date("activeFrom", in.activeFrom());
        if (activeFrom == null && trim(in.activeFrom()) == null) {
            error("activeFrom", "person.error.activeFromRequired");
        }
        LocalDate activeTo = date("activeTo", in.activeTo());
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            error("activeTo", "person.error.activeToBeforeFrom");
        }
        List<PersonView.GroupView> groups = groups();
        return new Result(new PersonData(code, fullName, birthDate, gender, ethnicity, phone, email, unitId,
                position, activeFrom, activeTo, groups), errors);
    }

    private String phone() {
        String phone = trim(in.phone());
        if (phone == null) {
            return null;
        }
        String normalised = normalisePhone(phone);
        if (!PHONE.matcher(normalised).matches()) {
            error("phone", "person.error.phone");
            return null;
        }
        return normalised;
    }

    private String email() {
        String email = trim(in.email());
        if (email != null && (email.length() > NAME_MAX || !EMAIL.matcher(email).matches())) {
            error("email", "person.error.email");
            return null;
        }
        return email;
    }

    private Long unitId() {
        String unit = trim(in.unitId());
        if (unit == null) {
            error("unitId", "person.error.unitRequired");
            return null;
        }
        try {
            return Long.parseLong(unit);
        } catch (NumberFormatException e) {
            error("unitId", "person.error.unitOutOfScope");
            return null;
        }
    }

    private List<PersonView.GroupView> groups() {
        Map<AudienceGroup, PersonView.GroupView> chosen = new EnumMap<>(AudienceGroup.class);
        for (PersonInput.GroupInput g : in.groups()) {
            AudienceGroup group = choice("groups", g.group(), AudienceGroup.class, "person.error.group");
            if (group == null) {
                continue;
            }
            if (chosen.containsKey(group)) {
                error("groups", "person.error.groupRepeated", group.name());
                continue;
            }
            TrainerLevel level = null;
            LocalDate recognizedOn = null;
            if (group == AudienceGroup.TRAINER) {
                level = choice("trainerLevel", g.trainerLevel(), TrainerLevel.class, "person.error.trainerLevel");
                if (level == null && trim(g.trainerLevel()) == null) {
                    error("trainerLevel", "person.error.trainerLevelRequired");
                }
            } else if (group == AudienceGroup.MEDIATOR) {
                recognizedOn = date("recognizedOn", g.recognizedOn());
                if (recognizedOn != null && recognizedOn.isAfter(today)) {
                    error("recognizedOn", "person.error.recognizedOnFuture");
                }
            }
            chosen.put(group, new PersonView.GroupView(group, level, recognizedOn));
        }
        return List.copyOf(chosen.values());
    }

    private LocalDate date(String field, String text) {
        String t = trim(text);
        if (t == null) {
            return null;
        }
        Optional<LocalDate> parsed = in.dateStyle() == PersonInput.DateStyle.ISO ? iso(t) : Dates.parse(t);
        if (parsed.isEmpty()) {
            error(field, in.dateStyle().errorKey());
        }
        return parsed.orElse(null);
    }

    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> E choice(String field, String text, Class<E> type, String errorKey) {
        String t = trim(text);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(field, errorKey, t);
            return null;
        }
    }

    private String text(String field, String value, int max) {
        String t = trim(value);
        if (t != null && t.length() > max) {
            error(field, "person.error.tooLong", max);
        }
        return t;
    }

    private void error(String field, String key, Object... args) {
        errors.add(new FieldError(field, key, args));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
