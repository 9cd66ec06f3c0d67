package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.AttemptGrader.Graded;
import vn.hocluat.assessment.QuestionVersions.Key;
import vn.hocluat.assessment.grading.Grader;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.quiz.QuestionPool;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Regrade: an author fixes a wrong key by editing the question, which creates version N (a used
 * version never changes, so the record of what takers saw stays true). regrade(question, N) then
 * grades every attempt that was given version N or an earlier one with N's key: the item keeps its
 * shown version v and records g = N, its fraction and the attempt's score are recomputed, and the
 * run is logged in regrade_log with who did it and why. Versions whose shape differs from N (other
 * type, option count or matching items) cannot be graded with N's key and are skipped and reported.
 * Open attempts get the new key too and are graded with it when they close.
 */
@Singleton
public class RegradeService {
    private static final int CHUNK = 500;

    private final JdbcOperations jdbc;
    private final ItemsJson json;
    private final QuestionVersions versions;
    private final AttemptGrader grader;
    private final QuestionPool pool;
    private final QuestionStore questions;
    private final UnitScope scope;

    RegradeService(JdbcOperations jdbc, ItemsJson json, QuestionVersions versions, AttemptGrader grader,
                   QuestionPool pool, QuestionStore questions, UnitScope scope) {
        this.jdbc = jdbc;
        this.json = json;
        this.versions = versions;
        this.grader = grader;
        this.pool = pool;
        this.questions = questions;
        this.scope = scope;
    }

    /** How many attempts were regraded, and the shown versions skipped as incompatible with the key. */
    public record Result(int attempts, List<Integer> skippedVersions) {
    }

    /** Regrades with version {@code version}'s key; the caller must be an author in scope of the question's bank. */
    @Transactional
    public Result regrade(long questionId, int version, @Nullable String reason, CurrentUser by) {
        if (!QuizService.canWrite(by)) {
            throw Problem.forbidden();
        }
        scope.require(by, pool.question(questionId).orElseThrow(Problem::notFound).unitId());
        lockQuestion(questionId);
        QuestionContent key = key(questionId, version);
        Map<Integer, QuestionContent> all = new HashMap<>();
        TreeSet<Integer> skipped = new TreeSet<>();
        List<Long> ids = affected(questionId);
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            changed += chunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), questionId, version, key, all, skipped);
        }
        int count = changed;
        jdbc.prepareStatement("insert into regrade_log (question_id, version, attempts, reason, done_by) values (?, ?, ?, ?, ?)", st -> {
            st.setLong(1, questionId);
            st.setInt(2, version);
            st.setInt(3, count);
            st.setString(4, reason == null || reason.isBlank() ? null : reason.trim());
            st.setLong(5, by.accountId());
            return st.executeUpdate();
        });
        return new Result(count, List.copyOf(skipped));
    }

    /**
     * Key-share-locks the question row for the transaction, as a start does: an edit that would
     * correct version N in place waits, then sees the attempts now graded with N and makes N+1.
     */
    private void lockQuestion(long questionId) {
        jdbc.prepareStatement("select 1 from question where id = ? for key share", st -> {
            st.setLong(1, questionId);
            return st.executeQuery().next();
        });
    }

    /** The key version's content, read fresh (it may not be used by any attempt yet). */
    private QuestionContent key(long questionId, int version) {
        try {
            return questions.content(questionId, version);
        } catch (Problem e) {
            throw Problem.badRequest("quiz.regrade.noVersion", version);
        }
    }

    private List<Long> affected(long questionId) {
        return jdbc.prepareStatement("select id from attempt where items @> cast(? as jsonb) order by id", st -> {
            st.setString(1, "[{\"q\":" + questionId + "}]");
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private int chunk(List<Long> ids, long questionId, int version, QuestionContent key, Map<Integer, QuestionContent> shown,
                      TreeSet<Integer> skipped) {
        return jdbc.prepareStatement("select id, state, items::text from attempt where id = any(?) order by id for update", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", ids.toArray()));
            int changed = 0;
            try (ResultSet rs = st.executeQuery(); var update = st.getConnection().prepareStatement(
                    "update attempt set items = cast(? as jsonb), score = coalesce(?, score), graded_at = case when ? then now() else graded_at end where id = ?")) {
                while (rs.next()) {
                    List<Item> items = new ArrayList<>(json.items(rs.getString(3)));
                    boolean touched = false;
                    for (int i = 0; i < items.size(); i++) {
                        Item it = items.get(i);
                        if (it.q() == questionId && it.v() <= version) {
                            QuestionContent seen = shown.computeIfAbsent(it.v(), v -> versions.get(List.of(new Key(questionId, v))).get(new Key(questionId, v)));
                            if (seen != null && Grader.compatible(seen, key)) {
                                items.set(i, it.keyedTo(version));
                                touched = true;
                            } else {
                                skipped.add(it.v());
                            }
                        }
                    }
                    if (touched) {
                        boolean open = AttemptState.IN_PROGRESS.name().equals(rs.getString(2));
                        Graded graded = open ? new Graded(items, null) : grader.regrade(items);
                        update.setString(1, json.write(graded.items()));
                        update.setBigDecimal(2, graded.score());
                        update.setBoolean(3, !open);
                        update.setLong(4, rs.getLong(1));
                        update.addBatch();
                        changed++;
                    }
                }
                update.executeBatch();
            }
            return changed;
        });
    }
}
