package vn.hocluat.training;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * QR check-in: whoever holds an open activity's code identifies as one active roster person of
 * the organising unit's subtree (by their account, or by phone and birth date) and is marked
 * present. The answer never says why nobody matched, so the roster cannot be probed.
 */
@Singleton
class CheckinService {
    private final ActivityQueries activities;
    private final ParticipantQueries participants;
    private final UnitScope scope;
    private final Clock clock;

    CheckinService(ActivityQueries activities, ParticipantQueries participants, UnitScope scope, Clock clock) {
        this.activities = activities;
        this.participants = participants;
        this.scope = scope;
        this.clock = clock;
    }

    /** The activity whose check-in is open under this code; 404 for a closed or unknown code. */
    @ReadOnly
    ActivityView open(String code) {
        if (!code.matches("[0-9a-f]{32}")) {
            throw Problem.notFound();
        }
        return activities.findByCode(code).orElseThrow(Problem::notFound);
    }

    /** True when the signed-in account belongs to exactly one roster person who may check in. */
    @ReadOnly
    boolean accountMayCheckIn(String code, CurrentUser user) {
        return accountPersons(open(code), user).size() == 1;
    }

    @Transactional
    boolean checkInAccount(String code, CurrentUser user) {
        ActivityView activity = open(code);
        return mark(activity, accountPersons(activity, user));
    }

    @Transactional
    boolean checkInByPhone(String code, String phone, LocalDate birthDate) {
        ActivityView activity = open(code);
        String digits = Phones.normalise(phone);
        if (digits.length() < 9) {
            return false;
        }
        return mark(activity, participants.byPhoneAndBirth(digits, birthDate, scope.pathOf(activity.unitId()), today()));
    }

    private List<Long> accountPersons(ActivityView activity, CurrentUser user) {
        return participants.byAccount(user.accountId(), scope.pathOf(activity.unitId()), today());
    }

    private boolean mark(ActivityView activity, List<Long> persons) {
        if (persons.size() != 1) {
            return false;
        }
        participants.checkIn(activity.id(), persons.get(0), clock.instant());
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }
}
