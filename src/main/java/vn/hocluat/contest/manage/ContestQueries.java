package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;

import java.util.ArrayList;
import java.util.List;

/** Reads for the organiser's pages, always within the caller's unit subtree. */
@Singleton
class ContestQueries {
    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final ContestService contests;

    ContestQueries(JdbcOperations jdbc, UnitScope scope, ContestService contests) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.contests = contests;
    }

    /** A contest line of the list, or the head of the contest page. */
    record ContestLine(long id, String title, String unitName, String status, int drawCount, int minutes,
                       long poolSize, String rulesMd, long bankId, String slug) {
    }

    @ReadOnly
    List<ContestLine> list(CurrentUser user) {
        ContestService.requireOrganiser(user);
        return read("u.path like ? order by c.created_at desc, c.id desc", scope.pathPrefix(user) + "%");
    }

    @ReadOnly
    ContestLine get(CurrentUser user, long id) {
        contests.requireContest(user, id);
        return read("c.id = ?", id).get(0);
    }

    private List<ContestLine> read(String where, Object arg) {
        return jdbc.prepareStatement("""
                select c.id, c.title, u.name, c.status, c.draw_count, c.time_limit_seconds / 60,
                    (select count(*) from question q where q.bank_id = c.bank_id and q.active), c.rules_md, c.bank_id, c.slug
                from contest c join unit u on u.id = c.unit_id where\s""" + where, ps -> {
            ps.setObject(1, arg);
            List<ContestLine> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ContestLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getString(10)));
                }
            }
            return out;
        });
    }
}
