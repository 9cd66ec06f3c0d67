package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.question.ContentCodec;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.platform.web.Problem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions for the rest of the assessment engine (quizzes, attempts, grading). No scope checks
 * here: callers check the quiz or bank they act for. Contents come back normalised (lists never null).
 */
@Singleton
public class QuestionStore {
    /** The version a new attempt gets and what it says. */
    public record Current(int version, QuestionContent content) {
    }

    private final JdbcOperations jdbc;
    private final ContentCodec codec;

    QuestionStore(JdbcOperations jdbc, ContentCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** One version's content, as an attempt that used it is graded; 404 Problem when it does not exist. */
    @ReadOnly
    public QuestionContent content(long questionId, int version) {
        return jdbc.prepareStatement("select content from question_version where question_id = ? and version = ?", st -> {
            st.setLong(1, questionId);
            st.setInt(2, version);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw Problem.notFound();
                }
                return codec.read(rs.getString(1));
            }
        });
    }

    /** The current contents of the questions that exist among {@code ids} (unknown ids are left out). */
    @Transactional
    public Map<Long, QuestionContent> currentContents(Collection<Long> ids) {
        Map<Long, QuestionContent> out = new HashMap<>();
        current(ids).forEach((id, c) -> out.put(id, c.content()));
        return out;
    }

    /**
     * The current version and content of each existing question among {@code ids} — what a new
     * attempt freezes. Call it inside the transaction that stores the attempt: it key-share-locks
     * the question rows, so that an edit of the same questions (which would otherwise correct an
     * unused version in place) waits for that transaction, then sees the attempt and makes a new version.
     */
    @Transactional
    public Map<Long, Current> current(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select q.id, q.current_version, v.content
                from question q join question_version v on v.question_id = q.id and v.version = q.current_version
                where q.id = any (?) for key share of q""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", ids.toArray()));
            Map<Long, Current> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Current(rs.getInt(2), codec.read(rs.getString(3))));
                }
            }
            return out;
        });
    }

    /**
     * The ids of the active questions of a bank that a draw rule may pick, in id order. Each
     * criterion is optional: category matches itself and its sub-categories ("Luật/Hòa giải"
     * matches "Luật/Hòa giải/Thủ tục"), difficulty and tag match exactly.
     */
    @ReadOnly
    public List<Long> activeIds(long bankId, @Nullable String category, @Nullable Difficulty difficulty,
                                @Nullable String tag) {
        StringBuilder sql = new StringBuilder("select id from question where bank_id = ? and active");
        List<Object> params = new ArrayList<>(List.of(bankId));
        if (category != null && !category.isBlank()) {
            sql.append(" and (category = ? or category like ?)");
            params.add(category.trim());
            params.add(category.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%");
        }
        if (difficulty != null) {
            sql.append(" and difficulty = ?");
            params.add(difficulty.name());
        }
        if (tag != null && !tag.isBlank()) {
            sql.append(" and tags @> array[?]::text[]");
            params.add(tag.trim());
        }
        return jdbc.prepareStatement(sql + " order by id", st -> ids(st, params));
    }

    private static List<Long> ids(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
