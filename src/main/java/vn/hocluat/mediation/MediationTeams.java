package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/** The records the mediation-team service reads and writes. */
public final class MediationTeams {
    private MediationTeams() {
    }

    public enum MemberRole { LEADER, MEMBER }

    public enum SupportKind {
        LAWYER, JURIST, PEOPLES_ASSESSOR, POLICE, BORDER_GUARD, LEGAL_OFFICIAL, FORMER_JUDGE_PROSECUTOR_INVESTIGATOR
    }

    public record TeamInput(long unitId, String name, @Nullable LocalDate recognisedOn,
                            boolean ethnicMinorityArea, boolean active) {
    }

    public record Team(long id, long unitId, String unitName, String name, @Nullable LocalDate recognisedOn,
                       boolean ethnicMinorityArea, boolean active) {
    }

    public record Member(long id, long personId, String fullName, MemberRole role, LocalDate from,
                         @Nullable LocalDate to, @Nullable String gender, @Nullable String ethnicity) {
        boolean activeOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    public record Support(long id, SupportKind kind, @Nullable Long personId, String name) {
    }

    /** A team with its members and supports, and the reasons (message keys) it is not complete on the day. */
    public record TeamDetail(Team team, List<Member> members, List<Support> supports, List<String> incompleteReasons) {
        public boolean complete() {
            return incompleteReasons.isEmpty();
        }
    }
}
