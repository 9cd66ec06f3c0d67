package vn.hocluat.contest.entrant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The organiser's desk for entrants who lost their sign-in code: find an entrant by phone and
 * issue a new code, shown once (the old one stops working). Organisers, managers and admins may do
 * it for entrants whose declared unit lies in their own subtree — the organiser of a contest's
 * unit for the residents of that unit, a commune's manager for the commune's people. Entrants
 * elsewhere are not found (the answer does not tell whether a phone is registered).
 */
@Singleton
public class EntrantCodeDesk {
    private final EntrantStore store;
    private final SignInCodeHash codes;
    private final UnitScope scope;

    EntrantCodeDesk(EntrantStore store, SignInCodeHash codes, UnitScope scope) {
        this.store = store;
        this.codes = codes;
        this.scope = scope;
    }

    /** The entrant of this phone within the caller's units; a phone that is not a mobile number is a field error. */
    @ReadOnly
    public Optional<Entrant> find(CurrentUser user, @Nullable String phone) {
        requireRole(user);
        String normalised = Phones.normalise(phone).orElseThrow(
                () -> new FormInvalid(List.of(new FormInvalid.FieldError("phone", "entrant.error.phone"))));
        return store.byPhone(normalised).map(EntrantStore.Found::entrant).filter(e -> scope.contains(user, e.unitId()));
    }

    /** A new sign-in code for the entrant (404 unknown, 403 outside the caller's units); only its hash is kept. */
    @Transactional
    public IssuedCode issueCode(CurrentUser user, long entrantId) {
        requireRole(user);
        Entrant e = store.byId(entrantId).map(EntrantStore.Found::entrant).orElseThrow(Problem::notFound);
        scope.require(user, e.unitId());
        String code = SignInCodes.next();
        store.replaceCode(e.id(), codes.hash(e.phone(), code));
        return new IssuedCode(e, code);
    }

    /** The entrant and the new code to show once. */
    public record IssuedCode(Entrant entrant, String code) {
    }

    private static void requireRole(CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.MANAGER, Role.ADMIN)) {
            throw Problem.forbidden();
        }
    }
}
