package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.mediation.MediationTeams.Support;
import vn.hocluat.mediation.MediationTeams.Team;
import vn.hocluat.mediation.MediationTeams.TeamInput;
import vn.hocluat.mediation.TeamImportLine.Issue;
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a team file (CSV or XLSX) into the importer's subtree, all or nothing: every row is checked
 * first and any problem refuses the whole file with every problem listed (row, column, message); a
 * valid file is written in one transaction. A team is matched by unit and folded name, a member by an
 * open membership of the team, a supporter by kind and person (or folded external name), so importing
 * the same file again writes nothing new.
 */
@Singleton
class TeamImportService {
    private static final Logger LOG = LoggerFactory.getLogger(TeamImportService.class);

    /** The counts of a written import, or the problems of a refused one (then nothing was written). */
    record Result(int teamsCreated, int teamsUpdated, int membersAdded, int supportsAdded, List<RowError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final TeamImportReader reader;
    private final MediationTeamService teams;
    private final TeamQueries teamQueries;
    private final TeamPageQueries queries;
    private final UnitScope scope;
    private final Messages messages;

    TeamImportService(TeamImportReader reader, MediationTeamService teams, TeamQueries teamQueries,
                      TeamPageQueries queries, UnitScope scope, Messages messages) {
        this.reader = reader;
        this.teams = teams;
        this.teamQueries = teamQueries;
        this.queries = queries;
        this.scope = scope;
        this.messages = messages;
    }

    @Transactional
    Result importFile(CurrentUser user, Upload upload, Locale locale) {
        TeamPagesAccess.require(user);
        if (upload.content() == null) {
            return refused(locale, Map.of(), List.of(new Issue(0, null, "file.missing")));
        }
        Table table;
        try {
            table = TableReader.read(upload.filename(), upload.content());
        } catch (TableFormatException e) {
            int row = "file.noHeader".equals(e.messageKey()) ? 1 : 0;
            return refused(locale, Map.of(), List.of(new Issue(row, null, e.messageKey(), e.args())));
        }
        TeamImportReader.Read read = reader.read(table, scope.pathPrefix(user));
        TeamImportPlan plan = TeamImportPlan.of(read.lines());
        List<Issue> issues = new ArrayList<>(read.issues());
        issues.addAll(plan.issues);
        if (!issues.isEmpty()) {
            LOG.info("Team import by {} refused: {} rows, {} problems", user.username(), table.rows().size(), issues.size());
            issues.sort(Comparator.comparingInt(Issue::row));
            return refused(locale, read.headers(), issues);
        }
        Result result = write(user, plan);
        LOG.info("Team import by {}: {} rows, {} teams created, {} updated, {} members and {} supports added",
                user.username(), table.rows().size(), result.teamsCreated(), result.teamsUpdated(),
                result.membersAdded(), result.supportsAdded());
        return result;
    }

    private Result write(CurrentUser user, TeamImportPlan plan) {
        int created = 0;
        int updated = 0;
        int members = 0;
        int supports = 0;
        for (TeamImportPlan.Team t : plan.teams) {
            TeamImportLine first = t.first;
            Long id = queries.teamNamesOf(first.unitId()).entrySet().stream()
                    .filter(e -> Fold.fold(e.getValue()).equals(Fold.fold(first.name())))
                    .map(Map.Entry::getKey).min(Long::compare).orElse(null);
            LocalDate recognisedOn = t.recognisedOn;
            if (id == null) {
                id = teams.create(user, new TeamInput(first.unitId(), first.name(), recognisedOn,
                        Boolean.TRUE.equals(t.minorityArea), true));
                created++;
            } else {
                Team stored = teamQueries.team(id).orElseThrow();
                if (TeamImportPlan.changes(stored, t)) {
                    teams.update(user, id, new TeamInput(stored.unitId(), stored.name(),
                            recognisedOn != null ? recognisedOn : stored.recognisedOn(),
                            t.minorityArea != null ? t.minorityArea : stored.ethnicMinorityArea(), stored.active()));
                    updated++;
                }
                if (recognisedOn == null) {
                    recognisedOn = stored.recognisedOn();
                }
            }
            for (TeamImportLine m : t.members) {
                LocalDate from = m.from() != null ? m.from() : recognisedOn != null ? recognisedOn : Dates.today();
                if (!teamQueries.currentMember(id, m.personId(), from)) {
                    teams.addMember(user, id, m.personId(), m.role(), from);
                    members++;
                }
            }
            List<Support> stored = teamQueries.supports(id);
            for (TeamImportLine s : t.supports) {
                if (stored.stream().noneMatch(x -> same(x, s))) {
                    teams.addSupport(user, id, s.kind(), s.personId(), s.externalName());
                    supports++;
                }
            }
        }
        return new Result(created, updated, members, supports, List.of());
    }

    private static boolean same(Support stored, TeamImportLine line) {
        if (stored.kind() != line.kind()) {
            return false;
        }
        return line.personId() != null ? Objects.equals(stored.personId(), line.personId())
                : stored.personId() == null && Fold.fold(stored.name()).equals(Fold.fold(line.externalName()));
    }

    private Result refused(Locale locale, Map<TeamImportColumn, String> headers, List<Issue> issues) {
        List<RowError> errors = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            String column = issue.column() == null ? null : headers.getOrDefault(issue.column(),
                    messages.get(locale, issue.column().headerKey()));
            List<Object> args = new ArrayList<>();
            if (column != null) {
                args.add(column);
            }
            for (Object a : issue.args()) {
                args.add(a instanceof TeamImportLine.Label label ? messages.get(locale, label.key()) : a);
            }
            errors.add(new RowError(issue.row(), column, messages.get(locale, issue.key(), args.toArray())));
        }
        return new Result(0, 0, 0, 0, errors);
    }
}
