package vn.hocluat.org.rosterimport;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The database side of an import, in one transaction: look up what the file names, decide what
 * it would change, and write it only when no row has a problem. Imports run one at a time
 * (a transaction-scoped advisory lock), so two uploads of the same new codes cannot both insert.
 */
@Singleton
class RosterStore {
    private static final long IMPORT_LOCK = 0x526f7374657249L;
    private final JdbcOperations jdbc;

    RosterStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    RosterPlan apply(RosterFile file, String scopePrefix, LocalDate today) {
        Connection c = jdbc.getConnection();
        try {
            try (Statement st = c.createStatement()) {
                st.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            }
            Set<String> unitCodes = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (RosterRow row : file.rows()) {
                unitCodes.add(row.unitCode());
                codes.add(row.code());
            }
            unitCodes.remove(null);
            codes.remove(null);
            RosterPlan plan = RosterPlan.make(file, RosterLookup.units(c, unitCodes), RosterLookup.people(c, codes),
                    Objects.requireNonNull(scopePrefix), today);
            if (plan.issues().isEmpty()) {
                RosterWriter.write(c, plan);
            }
            return plan;
        } catch (SQLException e) {
            throw new RosterWriteException(e);
        }
    }

    /** A database failure while importing; the transaction is rolled back. */
    static class RosterWriteException extends RuntimeException {
        RosterWriteException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        boolean isUniqueViolation() {
            return getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
        }
    }
}
