package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.question.Difficulty;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions a quiz may use, read with our own SQL on question_bank and question (the bank
 * feature owns those tables): banks of a subtree, and the active questions matching a rule.
 */
@Singleton
@ReadOnly
public class QuestionPool {
    private final JdbcOperations jdbc;

    QuestionPool(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A question a draw may pick, at the version new attempts get. */
    public record Candidate(long questionId, int version) {
    }

    /** A bank with its owning unit. */
    public record BankRef(long id, long unitId, String name) {
    }

    /** A question with its bank's unit. */
    public record QuestionRef(long id, long bankId, long unitId, boolean active) {
    }

    /** Banks owned by units whose path starts with the prefix, by name. */
    List<BankRef> banks(String pathPrefix) {
        return jdbc.prepareStatement("""
                select b.id, b.unit_id, b.name from question_bank b join unit u on u.id = b.unit_id
                where u.path like ? || '%' order by b.name, b.id""", st -> {
            st.setString(1, pathPrefix);
            return bankRows(st);
        });
    }

    Optional<BankRef> bank(long id) {
        return jdbc.prepareStatement("select id, unit_id, name from question_bank where id = ?", st -> {
            st.setLong(1, id);
            return bankRows(st).stream().findFirst();
        });
    }

    public Optional<QuestionRef> question(long id) {
        return jdbc.prepareStatement("""
                select q.id, q.bank_id, b.unit_id, q.active from question q join question_bank b on b.id = q.bank_id
                where q.id = ?""", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new QuestionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                        : Optional.empty();
            }
        });
    }

    /** How many active questions of the bank match the filter. */
    int count(long bankId, @Nullable String category, @Nullable Difficulty difficulty, @Nullable String tag) {
        List<Object> params = new ArrayList<>();
        String where = where(bankId, category, difficulty, tag, params);
        return jdbc.prepareStatement("select count(*) from question q" + where, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The questions a rule may put in an attempt: the matching active questions, or its fixed question if active. */
    public List<Candidate> candidates(QuizRule rule) {
        List<Object> params = new ArrayList<>();
        String where = rule.kind() == RuleKind.FIXED
                ? " where q.id = ? and q.active"
                : where(rule.bankId(), rule.category(), rule.difficulty(), rule.tag(), params);
        if (rule.kind() == RuleKind.FIXED) {
            params.add(rule.questionId());
        }
        return jdbc.prepareStatement("select q.id, q.current_version from question q" + where + " order by q.id", st -> {
            bind(st, params);
            List<Candidate> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    /** Category matches itself and its sub-categories ("Luật/Hòa giải" is inside "Luật"). */
    private static String where(long bankId, String category, Difficulty difficulty, String tag, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where q.bank_id = ? and q.active");
        params.add(bankId);
        if (category != null) {
            sql.append(" and (q.category = ? or q.category like ? escape '\\')");
            params.add(category);
            params.add(category.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%");
        }
        if (difficulty != null) {
            sql.append(" and q.difficulty = ?");
            params.add(difficulty.name());
        }
        if (tag != null) {
            sql.append(" and q.tags @> array[cast(? as text)]");
            params.add(tag);
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    private static List<BankRef> bankRows(PreparedStatement st) throws SQLException {
        List<BankRef> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new BankRef(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }
}
