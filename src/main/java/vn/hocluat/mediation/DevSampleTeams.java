package vn.hocluat.mediation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.MediationTeams.TeamInput;
import vn.hocluat.plans.DevPlansLoaded;
import vn.hocluat.plans.RootAdmin;
import vn.hocluat.platform.security.CurrentUser;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * In the dev environment only, once the sample plans are in: the grassroots mediation teams of the Nam Định
 * sample (Tỉnh Ninh Bình, plan of seed 004) that its dashboard measures — one team per residential group
 * (tổ dân phố) of Phường Nam Định, Thiên Trường and Đông A, members from the sample roster (dev/people.csv).
 * On 23/11/2026: 9 active teams; 6 complete (Thiên Trường TDP 2 and Đông A TDP 2 have two mediators;
 * Đông A TDP 3 lost its third on 30/06/2026); 2 supported by a legal professional (a lawyer, a police officer);
 * Phường Nam Định is a pilot commune (xã điểm chỉ đạo). Created through {@link MediationTeamService} as the
 * root administrator, once (a team under NB marks it done); then publishes {@link DevTeamsLoaded}.
 */
@Singleton
@Requires(env = "dev")
public class DevSampleTeams {
    static final String PROVINCE = "NB";
    static final String PILOT = "NB-NAMDINH";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleTeams.class);

    /** One team: its village unit, recognition date, members (person code, leaving date or null) and support. */
    private record Sample(String unit, String name, LocalDate recognised, List<String> members, Optional<String> leaves,
                          Optional<SupportKind> support, String supporter) {
    }

    private static final List<Sample> TEAMS = List.of(
            team("NB-NAMDINH-TDP1", 2024, 3, 14, List.of("MAU0091", "MAU0092", "MAU0117"), SupportKind.LAWYER,
                    "Luật sư Trần Văn Bình, Đoàn Luật sư tỉnh Ninh Bình"),
            team("NB-NAMDINH-TDP2", 2024, 8, 2, List.of("MAU0093", "MAU0094", "MAU0118"), null, null),
            team("NB-NAMDINH-TDP3", 2023, 10, 25, List.of("MAU0095", "MAU0096", "MAU0119"), null, null),
            team("NB-THIENTRUONG-TDP1", 2024, 2, 23, List.of("MAU0101", "MAU0102", "MAU0120"), SupportKind.POLICE,
                    "Trung úy Nguyễn Văn Hùng, Công an phường Thiên Trường"),
            team("NB-THIENTRUONG-TDP2", 2024, 6, 7, List.of("MAU0103", "MAU0104"), null, null),
            team("NB-THIENTRUONG-TDP3", 2024, 2, 23, List.of("MAU0105", "MAU0106", "MAU0121"), null, null),
            team("NB-DONGA-TDP1", 2025, 10, 23, List.of("MAU0111", "MAU0112", "MAU0122"), null, null),
            team("NB-DONGA-TDP2", 2023, 5, 20, List.of("MAU0113", "MAU0114"), null, null),
            new Sample("NB-DONGA-TDP3", "Tổ hòa giải Tổ dân phố 3", LocalDate.of(2023, 8, 27),
                    List.of("MAU0115", "MAU0116", "MAU0123"), Optional.of("MAU0123"), Optional.empty(), null));

    /** The day the leaving member of Đông A TDP 3 left. */
    static final LocalDate LEFT_ON = LocalDate.of(2026, 6, 30);

    private final MediationTeamService teams;
    private final JdbcOperations jdbc;
    private final RootAdmin root;
    private final ApplicationEventPublisher<DevTeamsLoaded> loaded;

    public DevSampleTeams(MediationTeamService teams, JdbcOperations jdbc, RootAdmin root, ApplicationEventPublisher<DevTeamsLoaded> loaded) {
        this.teams = teams;
        this.jdbc = jdbc;
        this.root = root;
        this.loaded = loaded;
    }

    private static Sample team(String unit, int y, int m, int d, List<String> members, SupportKind support, String supporter) {
        String village = unit.endsWith("TDP1") ? "1" : unit.endsWith("TDP2") ? "2" : "3";
        return new Sample(unit, "Tổ hòa giải Tổ dân phố " + village, LocalDate.of(y, m, d), members, Optional.empty(),
                Optional.ofNullable(support), supporter);
    }

    @EventListener
    void onPlansLoaded(DevPlansLoaded event) {
        if (load(root.user())) {
            LOG.info("Sample mediation teams of {}: {} teams, pilot commune {}", PROVINCE, TEAMS.size(), PILOT);
        }
        loaded.publishEvent(new DevTeamsLoaded());
    }

    /** Creates the sample unless a team under NB exists or a unit or person of it is missing; true when created. */
    public boolean load(CurrentUser admin) {
        if (number("select count(*) from mediation_team t join unit u on u.id = t.unit_id where u.path like (select path from unit where code = ?) || '%'",
                PROVINCE).orElse(0L) > 0) {
            return false;
        }
        for (Sample s : TEAMS) {
            if (number("select id from unit where code = ?", s.unit()).isEmpty()
                    || s.members().stream().anyMatch(code -> number("select id from person where code = ?", code).isEmpty())) {
                LOG.warn("Sample mediation teams of {} not created: unit {} or one of its mediators is missing", PROVINCE, s.unit());
                return false;
            }
        }
        for (Sample s : TEAMS) {
            long unit = number("select id from unit where code = ?", s.unit()).orElseThrow();
            long team = teams.create(admin, new TeamInput(unit, s.name(), s.recognised(), false, true));
            for (int i = 0; i < s.members().size(); i++) {
                String code = s.members().get(i);
                long person = number("select id from person where code = ?", code).orElseThrow();
                LocalDate from = number("select recognized_on - date '1970-01-01' from person_group where person_id = ? and group_code = 'MEDIATOR' and recognized_on is not null",
                        person).map(LocalDate::ofEpochDay).orElse(s.recognised());
                long member = teams.addMember(admin, team, person, i == 0 ? MemberRole.LEADER : MemberRole.MEMBER, from);
                if (s.leaves().filter(code::equals).isPresent()) {
                    teams.endMember(admin, team, member, LEFT_ON);
                }
            }
            s.support().ifPresent(kind -> teams.addSupport(admin, team, kind, null, s.supporter()));
        }
        jdbc.prepareStatement("update unit set pilot = true, updated_at = now() where code = ?", st -> {
            st.setString(1, PILOT);
            return st.executeUpdate();
        });
        return true;
    }

    private Optional<Long> number(String sql, Object arg) {
        return jdbc.prepareStatement(sql, st -> {
            st.setObject(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }
}
