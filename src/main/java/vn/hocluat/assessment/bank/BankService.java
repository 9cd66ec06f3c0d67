package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.bank.InvalidInputException.FieldError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Question banks: list, read, create, update. ADMIN, MANAGER, TRAINER and ORGANISER read and write
 * the banks of their subtree; LEARNER never reads a bank. Every call checks the bank's unit
 * against the caller's (403 outside the subtree, 404 unknown). Other parts of the engine (quiz
 * rules naming a bank) check a bank with {@link #get}.
 */
@Singleton
public class BankService {
    private final BankQueries queries;
    private final UnitScope scope;
    private final List<BankEditGuard> guards;

    BankService(BankQueries queries, UnitScope scope, List<BankEditGuard> guards) {
        this.queries = queries;
        this.scope = scope;
        this.guards = List.copyOf(guards);
    }

    /** Whether the role may use banks at all (the unit check comes on top). */
    public static boolean canUse(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.MANAGER, Role.TRAINER, Role.ORGANISER);
    }

    /** The banks of units in the caller's subtree, by unit then name. */
    @ReadOnly
    public Paged<BankView> list(CurrentUser user, int page, int size) {
        requireRole(user);
        return queries.list(scope.pathPrefix(user), Math.max(1, page), Math.max(1, Math.min(Paged.MAX_SIZE, size)));
    }

    /** One bank of the caller's subtree: 404 unknown, 403 outside the subtree. */
    @ReadOnly
    public BankView get(CurrentUser user, long id) {
        requireRole(user);
        BankView bank = queries.find(id).orElseThrow(Problem::notFound);
        scope.require(user, bank.unitId());
        return bank;
    }

    @Transactional
    public BankView create(CurrentUser user, BankInput input) {
        requireRole(user);
        Valid v = validated(user, input);
        long id = queries.insert(v.name(), v.description(), v.unitId(), user.accountId());
        return queries.find(id).orElseThrow();
    }

    /** Renames, describes or moves a bank to another unit of the caller's subtree. */
    @Transactional
    public BankView update(CurrentUser user, long id, BankInput input) {
        requireWritable(user, id);
        Valid v = validated(user, input);
        queries.update(id, v.name(), v.description(), v.unitId());
        return queries.find(id).orElseThrow();
    }

    /** Checks role and scope before a write inside the bank, locking the bank row for the transaction. */
    void requireWritable(CurrentUser user, long bankId) {
        requireRole(user);
        long unitId = queries.unitForUpdate(bankId).orElseThrow(Problem::notFound);
        scope.require(user, unitId);
    }

    /** As {@link #requireWritable}, then asks every {@link BankEditGuard} whether the questions may change now. */
    void requireQuestionsEditable(CurrentUser user, long bankId) {
        requireWritable(user, bankId);
        checkGuards(bankId);
    }

    /** Throws the first guard's refusal, if any. */
    void checkGuards(long bankId) {
        guards.forEach(g -> g.checkQuestionsEditable(bankId));
    }

    private record Valid(String name, String description, long unitId) {
    }

    private Valid validated(CurrentUser user, BankInput in) {
        List<FieldError> errors = new ArrayList<>();
        String name = trim(in.name());
        if (name == null) {
            errors.add(new FieldError("name", "bank.error.nameRequired"));
        } else if (name.length() > BankInput.NAME_MAX) {
            errors.add(new FieldError("name", "bank.error.tooLong", BankInput.NAME_MAX));
        }
        String description = trim(in.description());
        if (description != null && description.length() > BankInput.DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "bank.error.tooLong", BankInput.DESCRIPTION_MAX));
        }
        String unit = trim(in.unitId());
        long unitId = unit != null && unit.matches("\\d{1,18}") ? Long.parseLong(unit) : -1;
        if (unit == null) {
            errors.add(new FieldError("unitId", "bank.error.unitRequired"));
        } else if (unitId < 0 || !scope.contains(user, unitId)) {
            errors.add(new FieldError("unitId", "bank.error.unitOutOfScope"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(name, description, unitId);
    }

    private static void requireRole(CurrentUser user) {
        if (!canUse(user)) {
            throw Problem.forbidden();
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
