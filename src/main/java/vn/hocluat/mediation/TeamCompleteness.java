package vn.hocluat.mediation;

import java.util.ArrayList;
import java.util.List;

/**
 * DESIGN's rule for a complete mediation team: active, at least three active members, at least one
 * of them a woman, and at least one of an ethnic minority where the team's area is so flagged.
 * Returns the message keys of the reasons a team is not complete (empty when it is).
 */
final class TeamCompleteness {
    static final int MIN_MEMBERS = 3;

    private TeamCompleteness() {
    }

    /** One member active on the day, as the rule sees them. */
    record ActiveMember(boolean woman, boolean ethnicMinority) {
    }

    static List<String> reasons(boolean teamActive, boolean ethnicMinorityArea, List<ActiveMember> members) {
        List<String> reasons = new ArrayList<>();
        if (!teamActive) {
            reasons.add("mediation.team.incomplete.inactive");
        }
        if (members.size() < MIN_MEMBERS) {
            reasons.add("mediation.team.incomplete.members");
        }
        if (members.stream().noneMatch(ActiveMember::woman)) {
            reasons.add("mediation.team.incomplete.woman");
        }
        if (ethnicMinorityArea && members.stream().noneMatch(ActiveMember::ethnicMinority)) {
            reasons.add("mediation.team.incomplete.minority");
        }
        return List.copyOf(reasons);
    }

    /** The roster's ethnicity is free text: any stated ethnicity other than Kinh counts as a minority. */
    static boolean ethnicMinority(String ethnicity) {
        return ethnicity != null && !ethnicity.isBlank() && !ethnicity.strip().equalsIgnoreCase("kinh");
    }
}
