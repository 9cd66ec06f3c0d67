package vn.hocluat.mediation.communes;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The records of the model and pilot communes pages. */
public final class Communes {
    private Communes() {
    }

    /** Which communes a list shows: all, those recognised as model communes today, or the pilot ones. */
    public enum State {
        ALL, MODEL, PILOT;

        static Optional<State> parse(@Nullable String s) {
            if (s == null || s.isBlank()) {
                return Optional.of(ALL);
            }
            for (State x : values()) {
                if (x.name().equalsIgnoreCase(s.strip())) {
                    return Optional.of(x);
                }
            }
            return Optional.empty();
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One decision recognising a commune as a model commune, revoked or not. */
    public record Recognition(long id, long unitId, String decisionNo, LocalDate decidedOn, @Nullable String issuer,
                              @Nullable String note, @Nullable LocalDate revokedOn, @Nullable String revokeNote) {
        /** In force on the day: decided on or before it and not revoked on or before it. */
        public boolean inForceOn(LocalDate day) {
            return !decidedOn.isAfter(day) && (revokedOn == null || revokedOn.isAfter(day));
        }
    }

    /** A commune-level unit with its pilot flag and the recognition in force today (if any). */
    public record Commune(long unitId, String code, String name, String kind, boolean pilot,
                          @Nullable Recognition current) {
    }

    /** A commune's page: the commune, its recognitions newest first, and what the user may change. */
    public record CommuneDetail(Commune commune, List<Recognition> history, @Nullable Recognition open,
                                boolean canRecognise, boolean canSetPilot) {
    }

    /** A new recognition as typed. */
    public record RecognitionInput(String decisionNo, LocalDate decidedOn, @Nullable String issuer, @Nullable String note) {
    }

    /** A revocation as typed. */
    public record RevocationInput(LocalDate revokedOn, String note) {
    }
}
