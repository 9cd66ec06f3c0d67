package vn.hocluat.learning.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** The certificate table, and the completion facts a certificate freezes. Callers hold the transaction. */
@Singleton
class CertificateStore {
    /**
     * What a completion's certificate would print. The learner is the roster person of the
     * completion (or of its account): their unit decides which managers may see it; the course's
     * owner unit issues it; hours are the course's estimated minutes / 60 with one decimal (left out
     * beyond what the column holds, 99 999.9).
     */
    private static final String SOURCE_SQL = """
            select cc.id, cc.account_id, coalesce(p.unit_id, a.unit_id), coalesce(p.full_name, a.display_name), p.birth_date,
                   c.title, case when c.estimated_minutes < 6000000 then round(c.estimated_minutes / 60.0, 1) end, (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date, u.name
            from course_completion cc
            join account a on a.id = cc.account_id
            join course c on c.id = cc.course_id
            join unit u on u.id = c.unit_id
            left join person p on p.id = coalesce(cc.person_id, (select x.id from person x where x.account_id = cc.account_id))
            where cc.id = ?""";
    private static final String CERTIFICATE_SQL = """
            select ce.id, ce.completion_id, ce.code, ce.learner_name, ce.birth_date, ce.course_title, ce.hours, ce.completed_on,
                   ce.issuer_name, (ce.issued_at at time zone 'Asia/Ho_Chi_Minh')::date,
                   (ce.revoked_at at time zone 'Asia/Ho_Chi_Minh')::date, c.language
            from certificate ce
            join course_completion cc on cc.id = ce.completion_id
            join course c on c.id = cc.course_id""";

    /** A completion with what its certificate prints and whose it is. */
    record Source(long completionId, long accountId, long learnerUnitId, String learnerName, @Nullable LocalDate birthDate,
                  String courseTitle, @Nullable BigDecimal hours, LocalDate completedOn, String issuerName) {
    }

    private final JdbcOperations jdbc;

    CertificateStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Source> source(long completionId) {
        return jdbc.prepareStatement(SOURCE_SQL, st -> {
            st.setLong(1, completionId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Source(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        date(rs, 5), rs.getString(6), rs.getBigDecimal(7), date(rs, 8), rs.getString(9))) : Optional.empty();
            }
        });
    }

    Optional<Certificate> byCompletion(long completionId) {
        return one(CERTIFICATE_SQL + " where ce.completion_id = ?", completionId);
    }

    Optional<Certificate> byCode(String code) {
        return one(CERTIFICATE_SQL + " where ce.code = ?", code);
    }

    /**
     * Writes the certificate of the source under the code; false when nothing was written because
     * the completion has one already (perhaps issued concurrently) or the code is taken.
     */
    boolean insert(Source s, String code) {
        return jdbc.prepareStatement("""
                insert into certificate (completion_id, code, learner_name, birth_date, course_title, hours, completed_on, issuer_name)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", st -> {
            st.setLong(1, s.completionId());
            st.setString(2, code);
            st.setString(3, s.learnerName());
            st.setObject(4, s.birthDate());
            st.setString(5, s.courseTitle());
            st.setBigDecimal(6, s.hours());
            st.setObject(7, s.completedOn());
            st.setString(8, s.issuerName());
            return st.executeUpdate() == 1;
        });
    }

    private Optional<Certificate> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, st -> {
            st.setObject(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    private static Certificate read(ResultSet rs) throws SQLException {
        return new Certificate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), date(rs, 5), rs.getString(6),
                rs.getBigDecimal(7), date(rs, 8), rs.getString(9), date(rs, 10), date(rs, 11), rs.getString(12));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
