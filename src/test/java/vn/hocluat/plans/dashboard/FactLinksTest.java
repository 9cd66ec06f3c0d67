package vn.hocluat.plans.dashboard;

import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactLinksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, "u", "u", role, 7);
    }

    @Test
    void a_manager_gets_the_teams_left_out_and_all_teams_behind_the_complete_share() {
        assertEquals(List.of("plans.dashboard.facts.incomplete /mediation/teams?unit=42&on=23/11/2026&state=incomplete",
                        "plans.dashboard.facts.teams /mediation/teams?unit=42&on=23/11/2026"),
                FactLinks.of(user(Role.MANAGER), "TEAM_COMPLETE_SHARE", 42, DAY).stream().map(l -> l.key() + " " + l.url()).toList());
    }

    @Test
    void staff_who_cannot_open_the_mediation_pages_get_no_links() {
        assertEquals(List.of(), FactLinks.of(user(Role.TRAINER), "TEAM_COMPLETE_SHARE", 42, DAY));
    }

    @Test
    void persons_stand_behind_the_trained_share_so_it_has_no_fact_links() {
        assertEquals(List.of(), FactLinks.of(user(Role.ADMIN), "TRAINED_SHARE", 42, DAY));
    }
}
