package vn.hocluat.contest.entrant;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.FormInvalid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registration, sign-in and profile of contest entrants, independent of any contest.
 * <p>
 * Sign-in scheme: phone + date of birth + a 6-character code shown once at registration. Citizens
 * enter on cheap phones, often without an e-mail address they read, and will not remember a
 * password chosen for a contest they play once a week; a short code of unambiguous characters can
 * be written on paper or photographed (also for someone helped to register at a commune hall). SMS one-time codes would be simpler still but cost money per message and need a
 * contract with an operator, so they are optional ({@link SmsGateway}). The code is hashed with
 * a keyed hash ({@link SignInCodeHash}, which says why not Argon2id); 32^6 ≈ 10^9 codes with 5 failures per phone per 15 minutes
 * make guessing impractical (the date of birth is not a secret, but it must match too).
 */
@Singleton
public class EntrantService {
    static final int UNIT_CHOICES = 20;

    /** A new entrant and the sign-in code to show once. */
    public record Registered(long id, String code) {
    }

    private final EntrantStore store;
    private final EntrantKeys keys;
    private final SignInCodeHash codes;
    private final Clock clock;

    EntrantService(EntrantStore store, EntrantKeys keys, SignInCodeHash codes, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.codes = codes;
        this.clock = clock;
    }

    /** Registers; a taken phone or an unknown unit is a field error (422), nothing written. */
    @Transactional
    public Registered register(EntrantInput input, String ip) {
        checkUnit(input);
        String code = SignInCodes.next();
        long id = store.phoneTaken(input.phone()) ? 0
                : store.insert(input, idHash(input), codes.hash(input.phone(), code), clock.instant(), ip);
        if (id == 0) {
            throw new FormInvalid(List.of(new FormInvalid.FieldError("phone", "entrant.error.phoneTaken")));
        }
        return new Registered(id, code);
    }

    /** The entrant whose phone, date of birth and code all match. */
    @ReadOnly
    public Optional<Entrant> signIn(String phone, LocalDate birthDate, String code) {
        Optional<EntrantStore.Found> found = store.byPhone(phone);
        if (found.isEmpty()) {
            // the same work as a real check, so the answer time does not tell which phones are registered
            codes.matches(phone, code, codes.hash(phone, SignInCodes.next()));
            return Optional.empty();
        }
        Entrant e = found.get().entrant();
        boolean codeOk = codes.matches(phone, SignInCodes.normalise(code), found.get().codeHash());
        return codeOk && e.birthDate().equals(birthDate) ? Optional.of(e) : Optional.empty();
    }

    @ReadOnly
    public Optional<Entrant> get(long id) {
        return store.byId(id).map(EntrantStore.Found::entrant);
    }

    /** Saves edited details; false when they are locked (after the first attempt). */
    @Transactional
    boolean update(long id, EntrantInput input) {
        checkUnit(input);
        return store.update(id, input, idHash(input));
    }

    /** A new code for the entrant of this phone and date of birth (the SMS reset), if they match. */
    @Transactional
    Optional<String> newCode(String phone, LocalDate birthDate) {
        Optional<Entrant> e = store.byPhone(phone).map(EntrantStore.Found::entrant)
                .filter(x -> x.birthDate().equals(birthDate));
        if (e.isEmpty()) {
            return Optional.empty();
        }
        String code = SignInCodes.next();
        store.replaceCode(e.get().id(), codes.hash(phone, code));
        return Optional.of(code);
    }

    @ReadOnly
    List<EntrantStore.UnitChoice> searchUnits(String q) {
        String folded = Fold.fold(q);
        return folded.length() < 2 ? List.of() : store.searchUnits(Fold.containsPattern(folded), UNIT_CHOICES);
    }

    @ReadOnly
    Optional<EntrantStore.UnitChoice> unitChoice(long unitId) {
        return store.unitChoice(unitId);
    }

    private void checkUnit(EntrantInput input) {
        if (!store.pickable(input.unitId())) {
            throw new FormInvalid(List.of(new FormInvalid.FieldError("unitId", "entrant.error.unitId")));
        }
    }

    private String idHash(EntrantInput input) {
        return input.idNumber() == null ? null : keys.idHash(input.idNumber());
    }
}
