package vn.hocluat.mediation.communes;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.mediation.communes.Communes.RecognitionInput;
import vn.hocluat.mediation.communes.Communes.RevocationInput;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads the recognition and revocation forms; field errors go to the collector (nothing is written then). */
final class CommuneForms {
    static final List<String> RECOGNITION = List.of("decisionNo", "decidedOn", "issuer", "note");
    static final List<String> REVOCATION = List.of("revokedOn", "revokeNote");
    static final int DECISION_MAX = 100;
    static final int ISSUER_MAX = 200;
    static final int NOTE_MAX = 500;

    private CommuneForms() {
    }

    static RecognitionInput recognition(Map<String, Object> body, LocalDate today, FormInvalid.Collector errors) {
        String decision = FormInvalid.value(body, "decisionNo");
        if (decision.isEmpty()) {
            errors.add("decisionNo", "mediation.models.error.decisionNo.required");
        } else if (decision.length() > DECISION_MAX) {
            errors.add("decisionNo", "mediation.models.error.tooLong", DECISION_MAX);
        }
        LocalDate decided = day(body, "decidedOn", today, errors);
        return new RecognitionInput(decision, decided, optional(body, "issuer", ISSUER_MAX, errors),
                optional(body, "note", NOTE_MAX, errors));
    }

    static RevocationInput revocation(Map<String, Object> body, LocalDate today, FormInvalid.Collector errors) {
        LocalDate revoked = day(body, "revokedOn", today, errors);
        String note = optional(body, "revokeNote", NOTE_MAX, errors);
        if (note == null && !errors.has("revokeNote")) {
            errors.add("revokeNote", "mediation.models.error.revokeNote.required");
        }
        return new RevocationInput(revoked, note);
    }

    /** A required dd/MM/yyyy day, not after today. */
    private static @Nullable LocalDate day(Map<String, Object> body, String field, LocalDate today, FormInvalid.Collector errors) {
        String text = FormInvalid.value(body, field);
        if (text.isEmpty()) {
            errors.add(field, "mediation.models.error.date.required");
            return null;
        }
        LocalDate day = Dates.parse(text).orElse(null);
        if (day == null) {
            errors.add(field, "mediation.models.error.date.format", text);
        } else if (day.isAfter(today)) {
            errors.add(field, "mediation.models.error.date.future", Dates.format(today));
        }
        return day;
    }

    private static @Nullable String optional(Map<String, Object> body, String field, int max, FormInvalid.Collector errors) {
        String text = FormInvalid.value(body, field);
        if (text.length() > max) {
            errors.add(field, "mediation.models.error.tooLong", max);
        }
        return text.isEmpty() ? null : text;
    }
}
