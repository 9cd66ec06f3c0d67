package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.TeamPageQueries.RosterPerson;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The member and support forms of a team's page read into service calls. The team is read first so
 * that a team outside the user's subtree is refused (403) before anything in the form is looked at;
 * a person is given by the mediator picker or by roster code, and a code outside the subtree reads as unknown.
 */
@Singleton
class TeamChanges {
    /** A form value the user can correct: a message key and its arguments. */
    static final class Invalid extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args;
        }
    }

    private final MediationTeamService teams;
    private final TeamPageQueries queries;
    private final UnitScope scope;

    TeamChanges(MediationTeamService teams, TeamPageQueries queries, UnitScope scope) {
        this.teams = teams;
        this.queries = queries;
        this.scope = scope;
    }

    @Transactional
    void addMember(CurrentUser user, long teamId, Map<String, Object> body) {
        teams.detail(user, teamId, Dates.today());
        String code = text(body, "personCode");
        long personId;
        if (!code.isEmpty()) {
            personId = byCode(user, code);
        } else if (text(body, "personId").matches("\\d{1,18}")) {
            personId = Long.parseLong(text(body, "personId"));
        } else {
            throw new Invalid("mediation.teams.member.choose");
        }
        MemberRole role = switch (text(body, "role")) {
            case "LEADER" -> MemberRole.LEADER;
            case "MEMBER" -> MemberRole.MEMBER;
            default -> throw new Invalid("mediation.teams.member.badRole");
        };
        teams.addMember(user, teamId, personId, role, date(body, "from"));
    }

    @Transactional
    void endMember(CurrentUser user, long teamId, long memberId, Map<String, Object> body) {
        teams.detail(user, teamId, Dates.today());
        teams.endMember(user, teamId, memberId, date(body, "to"));
    }

    @Transactional
    void addSupport(CurrentUser user, long teamId, Map<String, Object> body) {
        teams.detail(user, teamId, Dates.today());
        SupportKind kind;
        try {
            kind = SupportKind.valueOf(text(body, "kind"));
        } catch (IllegalArgumentException e) {
            throw new Invalid("mediation.teams.support.kindRequired");
        }
        String code = text(body, "supportCode");
        Long personId = code.isEmpty() ? null : byCode(user, code);
        teams.addSupport(user, teamId, kind, personId, text(body, "externalName"));
    }

    /** The posted values, to refill the forms when the page is shown again. */
    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        for (String field : List.of("personCode", "personId", "role", "from", "to", "kind", "supportCode", "externalName")) {
            values.put(field, text(body, field));
        }
        return values;
    }

    private long byCode(CurrentUser user, String code) {
        RosterPerson person = queries.peopleByCode(Set.of(code)).get(code);
        if (person == null || !person.unitPath().startsWith(scope.pathPrefix(user))) {
            throw new Invalid("mediation.teams.person.unknownCode", code);
        }
        return person.id();
    }

    private static LocalDate date(Map<String, Object> body, String field) {
        String text = text(body, field);
        if (text.isEmpty()) {
            throw new Invalid("mediation.teams.date.required");
        }
        return Dates.parse(text).orElseThrow(() -> new Invalid("mediation.teams.date.bad", text));
    }

    static String text(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(0);
        }
        return v == null ? "" : v.toString().strip();
    }
}
