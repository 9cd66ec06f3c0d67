package vn.hocluat.contest.rank;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/**
 * The review flags of a round's entries, recomputed from the entries and stored (replacing the round's
 * previous flags): FAST — a finished entry shorter than {@code fast-seconds-per-question} × the questions
 * drawn; IP_BURST — an entry started in a window of {@code ip-burst-minutes} in which at least
 * {@code ip-burst-entrants} different entrants started from the same address (one school or family
 * network can do that honestly, hence a flag and not a refusal); DUPLICATE_IDENTITY — the entrant shares
 * the folded name and birth date, or the ID number hash, with another entrant (another phone).
 * Details are the figures behind the flag, ';'-separated, for the message contest.review.flag.KIND.detail.
 */
@Singleton
class FlagRules {
    private final JdbcOperations jdbc;
    private final int fastSecondsPerQuestion;
    private final int burstMinutes;
    private final int burstEntrants;

    FlagRules(JdbcOperations jdbc,
              @Value("${hocluat.contest.fast-seconds-per-question:3}") int fastSecondsPerQuestion,
              @Value("${hocluat.contest.ip-burst-minutes:10}") int burstMinutes,
              @Value("${hocluat.contest.ip-burst-entrants:5}") int burstEntrants) {
        this.jdbc = jdbc;
        this.fastSecondsPerQuestion = fastSecondsPerQuestion;
        this.burstMinutes = burstMinutes;
        this.burstEntrants = burstEntrants;
    }

    /** Replaces the round's flags with the current ones; returns how many were raised. Caller holds the transaction. */
    int compute(long roundId, int questions) {
        update("delete from entry_flag where round_id = ?", roundId);
        long minimumMs = (long) questions * fastSecondsPerQuestion * 1000L;
        int fast = jdbc.prepareStatement("""
                insert into entry_flag (attempt_id, round_id, kind, detail)
                select e.attempt_id, e.round_id, 'FAST', e.duration_ms || ';' || ?
                from contest_entry e where e.round_id = ? and e.finished_at is not null and e.duration_ms < ?""", st -> {
            st.setLong(1, minimumMs);
            st.setLong(2, roundId);
            st.setLong(3, minimumMs);
            return st.executeUpdate();
        });
        int burst = jdbc.prepareStatement("""
                with bursts as (
                    select a.client_ip, a.started_at as from_at, count(distinct b.entrant_id) as entrants
                    from contest_entry a
                    join contest_entry b on b.round_id = a.round_id and b.client_ip = a.client_ip
                         and b.started_at >= a.started_at and b.started_at < a.started_at + make_interval(mins => ?)
                    where a.round_id = ? and a.client_ip is not null
                    group by a.attempt_id, a.client_ip, a.started_at
                    having count(distinct b.entrant_id) >= ?
                )
                insert into entry_flag (attempt_id, round_id, kind, detail)
                select e.attempt_id, e.round_id, 'IP_BURST', e.client_ip || ';' || max(w.entrants) || ';' || ?
                from contest_entry e join bursts w on w.client_ip = e.client_ip
                     and e.started_at >= w.from_at and e.started_at < w.from_at + make_interval(mins => ?)
                where e.round_id = ?
                group by e.attempt_id, e.round_id, e.client_ip""", st -> {
            st.setInt(1, burstMinutes);
            st.setLong(2, roundId);
            st.setInt(3, burstEntrants);
            st.setInt(4, burstMinutes);
            st.setInt(5, burstMinutes);
            st.setLong(6, roundId);
            return st.executeUpdate();
        });
        int duplicate = jdbc.prepareStatement("""
                insert into entry_flag (attempt_id, round_id, kind, detail)
                select e.attempt_id, e.round_id, 'DUPLICATE_IDENTITY', left(string_agg(distinct o.phone, ', ' order by o.phone), 300)
                from contest_entry e join entrant en on en.id = e.entrant_id
                join lateral (
                    select d.phone from entrant d
                    where d.search_name = en.search_name and d.birth_date = en.birth_date and d.id <> en.id
                    union
                    select d.phone from entrant d where en.id_hash is not null and d.id_hash = en.id_hash and d.id <> en.id
                ) o on true
                where e.round_id = ?
                group by e.attempt_id, e.round_id""", st -> {
            st.setLong(1, roundId);
            return st.executeUpdate();
        });
        return fast + burst + duplicate;
    }

    private void update(String sql, long id) {
        jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            return st.executeUpdate();
        });
    }
}
