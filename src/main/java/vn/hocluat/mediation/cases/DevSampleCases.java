package vn.hocluat.mediation.cases;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.mediation.DevTeamsLoaded;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.Source;
import vn.hocluat.plans.RootAdmin;
import vn.hocluat.platform.security.CurrentUser;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * In the dev environment only, once the sample teams are in: monthly case reports of the nine Nam Định sample
 * teams for January–October 2026 (months not yet begun are left out), recorded through {@link CaseReportService}
 * as the root administrator's account, once (any report of an NB team marks it done). Team i (in the order of
 * {@link #UNITS}), month m: received 4 + (i + m) mod 3; unsuccessful 1 in months 5 and 10 (Phường Nam Định, the
 * pilot commune), in even months (Thiên Trường), in even months and September (Đông A); 1 in progress in October;
 * the rest successful. Nam Định TDP 1's October is reported twice (5/4/0/1, replaced by 5/3/1/1).
 * Sums over the ten months: Nam Định 141 ÷ 147 = 95.92%, Thiên Trường 132 ÷ 147 = 89.80%, Đông A 129 ÷ 147 =
 * 87.76%; the province 402 ÷ 441 = 91.16%; the pilot communes (Nam Định) 141 ÷ 147 = 95.92%.
 */
@Singleton
@Requires(env = "dev")
public class DevSampleCases {
    static final List<String> UNITS = List.of("NB-NAMDINH-TDP1", "NB-NAMDINH-TDP2", "NB-NAMDINH-TDP3",
            "NB-THIENTRUONG-TDP1", "NB-THIENTRUONG-TDP2", "NB-THIENTRUONG-TDP3", "NB-DONGA-TDP1", "NB-DONGA-TDP2", "NB-DONGA-TDP3");
    static final int YEAR = 2026;
    static final int LAST_MONTH = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleCases.class);

    private final CaseReportService reports;
    private final JdbcOperations jdbc;
    private final RootAdmin root;

    public DevSampleCases(CaseReportService reports, JdbcOperations jdbc, RootAdmin root) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.root = root;
    }

    @EventListener
    @Transactional
    void onTeamsLoaded(DevTeamsLoaded event) {
        int written = load();
        if (written > 0) {
            LOG.info("Sample mediation case reports of NB: {} reports for {} teams", written, UNITS.size());
        }
    }

    /** Records the sample unless an NB team has a report or a team or the administrator's account is missing; the reports written. */
    public int load() {
        if (number("""
                select count(*) from mediation_case_report r join mediation_team t on t.id = r.team_id join unit u on u.id = t.unit_id
                where u.path like (select path from unit where code = 'NB') || '%'""", null).orElse(0L) > 0) {
            return 0;
        }
        CurrentUser admin = root.user();
        // reports name who made them: the administrator account of the root unit (the loader's own id is 0)
        Optional<Long> account = number("select id from account where role = 'ADMIN' and unit_id = ? order by id limit 1", admin.unitId());
        List<Optional<Long>> teams = UNITS.stream().map(code -> number(
                "select t.id from mediation_team t join unit u on u.id = t.unit_id where u.code = ? order by t.id limit 1", code)).toList();
        if (account.isEmpty() || teams.stream().anyMatch(Optional::isEmpty)) {
            LOG.warn("Sample mediation case reports of NB not recorded: a sample team or the administrator account is missing");
            return 0;
        }
        CurrentUser reporter = new CurrentUser(account.get(), admin.username(), admin.displayName(), admin.role(), admin.unitId());
        int written = 0;
        for (int month = 1; month <= LAST_MONTH; month++) {
            CasePeriod period = CasePeriod.month(YEAR, month);
            if (period.start().isAfter(reports.today())) {
                break;
            }
            for (int i = 0; i < UNITS.size(); i++) {
                long team = teams.get(i).orElseThrow();
                if (i == 0 && month == LAST_MONTH) {
                    reports.record(reporter, new Entry(team, period, new Figures(5, 4, 0, 1), Source.PAGE, null));
                    written++;
                }
                reports.record(reporter, new Entry(team, period, figures(i, month), Source.PAGE, null));
                written++;
            }
        }
        return written;
    }

    static Figures figures(int team, int month) {
        int received = 4 + (team + month) % 3;
        boolean failed = switch (team / 3) {
            case 0 -> month % 5 == 0;
            case 1 -> month % 2 == 0;
            default -> month % 2 == 0 || month == 9;
        };
        int unsuccessful = failed ? 1 : 0;
        int inProgress = month == LAST_MONTH ? 1 : 0;
        return new Figures(received, received - unsuccessful - inProgress, unsuccessful, inProgress);
    }

    private Optional<Long> number(String sql, Object arg) {
        return jdbc.prepareStatement(sql, st -> {
            if (arg != null) {
                st.setObject(1, arg);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }
}
