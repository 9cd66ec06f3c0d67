package vn.hocluat.mediation.cases;

import io.micronaut.core.annotation.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The records the case-tally service reads and writes. */
public final class CaseReports {
    private CaseReports() {
    }

    /** Where a report came from: typed on the team's page, or a row of an imported file. */
    public enum Source { PAGE, IMPORT }

    /** The four counts of a report. */
    public record Figures(int received, int successful, int unsuccessful, int inProgress) {
        /**
         * The message key of the first rule the figures break (counts ≥ 0; successful, unsuccessful and
         * in progress together at most received), or empty.
         */
        public Optional<String> problem() {
            if (received < 0 || successful < 0 || unsuccessful < 0 || inProgress < 0) {
                return Optional.of("mediation.cases.error.negative");
            }
            if ((long) successful + unsuccessful + inProgress > received) {
                return Optional.of("mediation.cases.error.exceeds");
            }
            return Optional.empty();
        }

        public Figures plus(Figures o) {
            return new Figures(received + o.received, successful + o.successful, unsuccessful + o.unsuccessful,
                    inProgress + o.inProgress);
        }

        public static final Figures ZERO = new Figures(0, 0, 0, 0);
    }

    /** A report to record: the figures of a team for a period, and where they came from. */
    public record Entry(long teamId, CasePeriod period, Figures figures, Source source, @Nullable String fileName) {
    }

    /** A team with the unit it serves. */
    public record Team(long id, long unitId, String unitCode, String unitName, String name, boolean active) {
    }

    /** One stored report: who reported what, when and from where; {@code current} marks the one that counts. */
    public record Report(long id, CasePeriod period, Figures figures, boolean current, Source source,
                         @Nullable String fileName, String reportedBy, OffsetDateTime reportedAt) {
    }

    /** A team of a unit's subtree with its current report for the period (null when none). */
    public record TeamFigures(Team team, @Nullable Report current) {
    }

    /** The teams of a unit's subtree for a period, with the sums of their current reports. */
    public record UnitFigures(long unitId, String unitName, CasePeriod period, List<TeamFigures> teams, Figures sums,
                              int reported) {
    }

    /** The audit trail of a team and period, newest first; the first is the current one. */
    public record History(Team team, CasePeriod period, List<Report> reports) {
        public Optional<Report> current() {
            return reports.stream().filter(Report::current).findFirst();
        }
    }
}
