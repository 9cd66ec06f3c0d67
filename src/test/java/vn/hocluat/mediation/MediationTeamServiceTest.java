package vn.hocluat.mediation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.MediationTeams.TeamDetail;
import vn.hocluat.mediation.MediationTeams.TeamInput;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Teams of a commune: the completeness rule with its reasons, membership over time, and scope. */
@MicronautTest(transactional = false)
class MediationTeamServiceTest implements TestDatabase {
    static final LocalDate JAN = LocalDate.of(2025, 1, 1);

    @Inject
    ApplicationContext context;
    @Inject
    MediationTeamService teams;

    Fixtures fixtures;
    long communeA;
    long villageA;
    long communeB;
    CurrentUser managerA;
    CurrentUser managerB;
    CurrentUser trainerA;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        long province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TH"), "Tỉnh Hòa Giải", "PROVINCE");
        communeA = fixtures.unit(province, Fixtures.unique("XA"), "Xã An Hòa", "COMMUNE");
        villageA = fixtures.unit(communeA, Fixtures.unique("TA"), "Thôn Một", "VILLAGE");
        communeB = fixtures.unit(province, Fixtures.unique("XB"), "Xã Bình Minh", "COMMUNE");
        managerA = user("MANAGER", communeA);
        managerB = user("MANAGER", communeB);
        trainerA = user("TRAINER", communeA);
    }

    @Test
    void team_of_three_active_members_with_a_woman_is_complete() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ hòa giải thôn Một", JAN, false, true));
        teams.addMember(managerA, team, person(villageA, "FEMALE", "Kinh"), MemberRole.LEADER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", "Kinh"), MemberRole.MEMBER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", null), MemberRole.MEMBER, JAN);

        TeamDetail detail = teams.detail(managerA, team, LocalDate.of(2025, 6, 30));
        assertEquals(List.of(), detail.incompleteReasons());
        assertTrue(detail.complete());
        assertEquals("Tổ hòa giải thôn Một", detail.team().name());
        assertEquals(3, detail.members().size());
    }

    @Test
    void team_says_why_it_is_not_complete() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ thiếu người", null, true, true));
        teams.addMember(managerA, team, person(villageA, "MALE", "Kinh"), MemberRole.LEADER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", " kinh "), MemberRole.MEMBER, JAN);

        assertEquals(List.of("mediation.team.incomplete.members", "mediation.team.incomplete.woman",
                        "mediation.team.incomplete.minority"),
                teams.detail(managerA, team, JAN).incompleteReasons());

        teams.addMember(managerA, team, person(villageA, "FEMALE", "Ba Na"), MemberRole.MEMBER, JAN);
        assertEquals(List.of(), teams.detail(managerA, team, JAN).incompleteReasons());

        teams.update(managerA, team, new TeamInput(villageA, "Tổ thiếu người", null, true, false));
        assertEquals(List.of("mediation.team.incomplete.inactive"), teams.detail(managerA, team, JAN).incompleteReasons());
    }

    @Test
    void membership_ending_within_the_window_counts_only_until_its_end() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ đổi người", JAN, false, true));
        long woman = teams.addMember(managerA, team, person(villageA, "FEMALE", "Kinh"), MemberRole.LEADER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", "Kinh"), MemberRole.MEMBER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", "Kinh"), MemberRole.MEMBER, JAN);
        teams.addMember(managerA, team, person(villageA, "MALE", "Kinh"), MemberRole.MEMBER, JAN);
        teams.endMember(managerA, team, woman, LocalDate.of(2025, 3, 31));
        long newcomer = person(villageA, "FEMALE", "Kinh");
        teams.addMember(managerA, team, newcomer, MemberRole.LEADER, LocalDate.of(2025, 5, 1));

        assertEquals(List.of(), teams.detail(managerA, team, LocalDate.of(2025, 3, 31)).incompleteReasons());
        assertEquals(List.of("mediation.team.incomplete.woman"),
                teams.detail(managerA, team, LocalDate.of(2025, 4, 15)).incompleteReasons());
        assertEquals(List.of(), teams.detail(managerA, team, LocalDate.of(2025, 5, 1)).incompleteReasons());
        assertEquals(5, teams.detail(managerA, team, JAN).members().size());

        Problem twice = assertThrows(Problem.class,
                () -> teams.addMember(managerA, team, newcomer, MemberRole.MEMBER, LocalDate.of(2025, 6, 1)));
        assertEquals(400, twice.status().getCode());
    }

    @Test
    void supports_are_a_roster_person_or_a_named_external() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ có hỗ trợ", JAN, false, true));
        long police = person(communeA, "MALE", "Kinh");
        teams.addSupport(managerA, team, SupportKind.POLICE, police, null);
        long lawyer = teams.addSupport(managerA, team, SupportKind.LAWYER, null, "  Luật sư Hoàng Văn Em ");

        var supports = teams.detail(managerA, team, JAN).supports();
        assertEquals(2, supports.size());
        assertEquals(SupportKind.POLICE, supports.get(0).kind());
        assertEquals(police, supports.get(0).personId());
        assertEquals("Luật sư Hoàng Văn Em", supports.get(1).name());

        assertEquals(400, assertThrows(Problem.class,
                () -> teams.addSupport(managerA, team, SupportKind.JURIST, police, "Ai Đó")).status().getCode());
        assertEquals(400, assertThrows(Problem.class,
                () -> teams.addSupport(managerA, team, SupportKind.JURIST, null, " ")).status().getCode());
        teams.removeSupport(managerA, team, lawyer);
        assertEquals(1, teams.detail(managerA, team, JAN).supports().size());
    }

    @Test
    void manager_of_other_commune_cannot_read_or_change_team() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ của xã A", JAN, false, true));
        long personA = person(villageA, "FEMALE", "Kinh");

        assertEquals(403, assertThrows(Problem.class, () -> teams.detail(managerB, team, JAN)).status().getCode());
        assertEquals(403, assertThrows(Problem.class, () -> teams.update(managerB, team,
                new TeamInput(communeB, "Đã bị sửa", JAN, false, true))).status().getCode());
        assertEquals(403, assertThrows(Problem.class,
                () -> teams.addMember(managerB, team, person(communeB, "MALE", "Kinh"), MemberRole.MEMBER, JAN)).status().getCode());
        assertEquals(403, assertThrows(Problem.class,
                () -> teams.addSupport(managerB, team, SupportKind.LAWYER, null, "Người Ngoài")).status().getCode());
        assertEquals(403, assertThrows(Problem.class,
                () -> teams.create(managerB, new TeamInput(villageA, "Tổ lạ", JAN, false, true))).status().getCode());
        assertEquals(403, assertThrows(Problem.class,
                () -> teams.addMember(managerB, teams.create(managerB, new TeamInput(communeB, "Tổ xã B", JAN, false, true)),
                        personA, MemberRole.MEMBER, JAN)).status().getCode());
        assertTrue(teams.list(managerB, JAN).stream().noneMatch(t -> t.team().id() == team));
        assertEquals("Tổ của xã A", teams.detail(managerA, team, JAN).team().name());
        assertEquals(0, teams.detail(managerA, team, JAN).members().size());
    }

    @Test
    void trainer_reads_but_cannot_write_teams() {
        long team = teams.create(managerA, new TeamInput(villageA, "Tổ để đọc", JAN, false, true));
        assertEquals("Tổ để đọc", teams.detail(trainerA, team, JAN).team().name());
        assertEquals(403, assertThrows(Problem.class,
                () -> teams.create(trainerA, new TeamInput(villageA, "Tổ mới", JAN, false, true))).status().getCode());
    }

    @Test
    void blank_name_is_refused_and_nothing_written() {
        long before = fixtures.queryLong("select count(*) from mediation_team");
        Problem p = assertThrows(Problem.class, () -> teams.create(managerA, new TeamInput(villageA, "  ", JAN, false, true)));
        assertEquals(400, p.status().getCode());
        assertEquals(before, fixtures.queryLong("select count(*) from mediation_team"));
    }

    private CurrentUser user(String role, long unit) {
        String username = fixtures.account(role, unit);
        long id = fixtures.queryLong("select id from account where username = ?", username);
        return new CurrentUser(id, username, username, Role.valueOf(role), unit);
    }

    private long person(long unit, String gender, String ethnicity) {
        String code = Fixtures.unique("HG");
        return fixtures.queryLong("""
                insert into person (code, full_name, search_name, gender, ethnicity, unit_id, active_from)
                values (?, ?, ?, ?, ?, ?, date '2020-01-01') returning id""", code, "Hòa Giải Viên " + code,
                "hoa giai vien " + code.toLowerCase(), gender, ethnicity, unit);
    }
}
