package vn.hocluat.contest.entrant;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entrant's details as posted and checked: phone normalised, date parsed, ID number as digits.
 * {@link #check} collects every field at fault (message keys entrant.error.&lt;field&gt;).
 */
public record EntrantInput(String phone, String fullName, LocalDate birthDate, long unitId,
                    @Nullable String idNumber, @Nullable String email) {
    static final List<String> FIELDS = List.of("phone", "fullName", "birthDate", "unitId", "idNumber", "email", "consent", "q");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Checks a registration (phone and consent required) or a profile edit (neither: the phone does not change). */
    public static EntrantInput check(Map<String, Object> body, boolean registration, String keptPhone) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        String phone = keptPhone;
        if (registration) {
            Optional<String> normalised = Phones.normalise(FormInvalid.value(body, "phone"));
            if (normalised.isEmpty()) {
                errors.add("phone", "entrant.error.phone");
            }
            phone = normalised.orElse("");
            if (!"on".equals(FormInvalid.value(body, "consent"))) {
                errors.add("consent", "entrant.error.consent");
            }
        }
        String name = FormInvalid.value(body, "fullName").replaceAll("\\s+", " ");
        if (name.length() < 2 || name.length() > 120 || !name.matches("[\\p{L}\\p{M} .'-]+")) {
            errors.add("fullName", "entrant.error.fullName");
        }
        LocalDate birth = Dates.parse(FormInvalid.value(body, "birthDate")).orElse(null);
        if (birth == null || birth.isBefore(EARLIEST) || !birth.isBefore(Dates.today())) {
            errors.add("birthDate", "entrant.error.birthDate");
        }
        String unit = FormInvalid.value(body, "unitId");
        if (!unit.matches("[0-9]{1,18}")) {
            errors.add("unitId", "entrant.error.unitId");
        }
        String id = FormInvalid.value(body, "idNumber").replaceAll("[\\s.]", "");
        if (!id.isEmpty() && !id.matches("[0-9]{9}|[0-9]{12}")) {
            errors.add("idNumber", "entrant.error.idNumber");
        }
        String email = FormInvalid.value(body, "email");
        if (!email.isEmpty() && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add("email", "entrant.error.email");
        }
        errors.throwIfAny();
        return new EntrantInput(phone, name, birth, Long.parseLong(unit), id.isEmpty() ? null : id,
                email.isEmpty() ? null : email);
    }

    /** "********1234": the last four digits of the ID number, the rest hidden. */
    static String mask(String digits) {
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
