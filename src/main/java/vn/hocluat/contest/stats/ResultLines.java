package vn.hocluat.contest.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every entrant's best entry in the chosen rounds, within a unit's subtree, for the results sheet:
 * best = highest finished score, then shortest server duration, then earliest start; the attempts
 * count every entry (finished or not). Ordered best first, then by name.
 */
@Singleton
class ResultLines {
    private final StatsQueries queries;

    ResultLines(StatsQueries queries) {
        this.queries = queries;
    }

    /** One entrant's line: phone already masked (09xx xxx 123); score and duration null when nothing was finished. */
    record ResultLine(String fullName, String phone, String unitName, @Nullable BigDecimal score,
                      @Nullable BigDecimal maxScore, @Nullable Long durationMs, long attempts) {
    }

    @ReadOnly
    List<ResultLine> lines(StatsService.Selection s) {
        return queries.list("""
                select b.full_name, b.phone, b.unit_name, b.score, b.max_score, b.duration_ms, b.attempts from (
                    select distinct on (e.entrant_id) n.full_name, n.search_name, n.phone, u.name as unit_name,
                           case when e.finished_at is not null then e.score end as score,
                           case when e.finished_at is not null then e.max_score end as max_score,
                           case when e.finished_at is not null then e.duration_ms end as duration_ms,
                           count(*) over (partition by e.entrant_id) as attempts
                    from contest_entry e join unit u on u.id = e.unit_id join entrant n on n.id = e.entrant_id
                    where e.round_id = any(?) and u.path like ?
                    order by e.entrant_id, (e.finished_at is null), e.score desc, e.duration_ms, e.started_at) b
                order by b.score desc nulls last, b.duration_ms nulls last, b.search_name, b.phone""",
                rs -> new ResultLine(rs.getString(1), mask(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), (Long) rs.getObject(6), rs.getLong(7)),
                s.roundIds().toArray(Long[]::new), s.unit().path() + "%");
    }

    /** "0912345123" → "09xx xxx 123": enough for the entrant to recognise their line, not enough to call them. */
    static String mask(String phone) {
        if (phone.length() < 5) {
            return "xxx";
        }
        return phone.substring(0, 2) + "xx xxx " + phone.substring(phone.length() - 3);
    }
}
