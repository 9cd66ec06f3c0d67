package vn.hocluat.contest.stats;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of a contest (one round or all) at one unit of the contest's subtree: a row per
 * child unit (and one for entries made at the unit itself), the total, the distribution of best
 * scores, attempts per day and hour (Vietnam time), and entries by device. Counts include every
 * entry, disqualified entrants too (review decisions are not read here).
 */
public record Statistics(ContestRef contest, List<RoundRef> rounds, @Nullable Long roundId, UnitRef unit,
                         List<UnitRef> breadcrumb, List<UnitRow> units, UnitRow total, List<ScoreCount> scores,
                         List<DayCount> days, List<HourCount> hours, long mobile, long desktop) {

    public record ContestRef(long id, String title, long unitId, String unitPath) {
    }

    public record RoundRef(long id, int position, String name) {
    }

    public record UnitRef(long id, String code, String name, String path, @Nullable Integer population) {
    }

    /**
     * A unit's figures: distinct entrants, attempts (entries), entrants with a full score and the
     * participation rate in percent (entrants ÷ population × 100, two decimals; null without a
     * population). {@code unitId} null: entries made at the parent unit itself; {@code drill}: the
     * unit has children to drill into.
     */
    public record UnitRow(@Nullable Long unitId, @Nullable String code, @Nullable String name, boolean drill,
                          @Nullable Integer population, long entrants, long attempts, long fullScore,
                          @Nullable BigDecimal rate) {

        static UnitRow of(@Nullable UnitRef unit, boolean drill, long entrants, long attempts, long fullScore) {
            Integer population = unit == null ? null : unit.population();
            return new UnitRow(unit == null ? null : unit.id(), unit == null ? null : unit.code(),
                    unit == null ? null : unit.name(), drill, population, entrants, attempts, fullScore, rate(entrants, population));
        }

        /** Entrants per 100 inhabitants, two decimals half up; null when the population is unknown or zero. */
        static BigDecimal rate(long entrants, @Nullable Integer population) {
            if (population == null || population == 0) {
                return null;
            }
            return BigDecimal.valueOf(entrants).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
        }
    }

    /** How many entrants' best score in a round was {@code score} (scores rounded down to whole points). */
    public record ScoreCount(int score, long entrants) {
    }

    public record DayCount(LocalDate day, long attempts) {
    }

    public record HourCount(int hour, long attempts) {
    }

    /** Entrants with a full score: the total row's figure. */
    public long fullScore() {
        return total.fullScore();
    }
}
