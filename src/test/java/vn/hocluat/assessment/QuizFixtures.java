package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.ContentCodec;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.assessment.quiz.QuizInput;
import vn.hocluat.assessment.quiz.QuizInput.RuleInput;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.support.Fixtures;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Assessment test data written with SQL: banks, questions and versions (content as QuestionContent JSON), accounts as CurrentUser. */
public final class QuizFixtures {
    public final Fixtures fixtures;
    private final DataSource dataSource;
    private final ContentCodec codec;

    public QuizFixtures(ApplicationContext context) {
        this.fixtures = new Fixtures(context);
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        this.codec = context.getBean(ContentCodec.class);
    }

    public long province() {
        return fixtures.unit(fixtures.rootId(), Fixtures.unique("T"), "Tỉnh Kiểm Tra", "PROVINCE");
    }

    public long commune(long province) {
        return fixtures.unit(province, Fixtures.unique("X"), "Xã Kiểm Tra", "COMMUNE");
    }

    /** An account of the role at the unit, as the signed-in user; username() signs in with Fixtures.PASSWORD. */
    public CurrentUser user(String role, long unitId) {
        String username = fixtures.account(role, unitId);
        long id = fixtures.queryLong("select id from account where username = ?", username);
        return new CurrentUser(id, username, "Test " + role, Role.valueOf(role), unitId);
    }

    public long bank(long unitId, String name) {
        return fixtures.queryLong("insert into question_bank (unit_id, name) values (?, ?) returning id", unitId, name);
    }

    /** A bank of {@code count} single-choice questions "{prefix} i" whose right option is "R i" and wrong ones "W i a", "W i b"… */
    public long bankOfSingles(long unitId, String name, int count, String prefix, int wrongOptions) {
        long bank = bank(unitId, name);
        for (int i = 1; i <= count; i++) {
            String[] wrong = new String[wrongOptions];
            for (int w = 0; w < wrongOptions; w++) {
                wrong[w] = "W" + i + (char) ('a' + w);
            }
            question(bank, single(prefix + i, "R" + i, wrong), "Luật", "EASY");
        }
        return bank;
    }

    public long question(long bankId, QuestionContent content, String category, String difficulty, String... tags) {
        long id = fixtures.queryLong("""
                insert into question (bank_id, type, title, search_text, category, difficulty, tags)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", bankId, content.type().name(), content.title(),
                Fold.fold(content.text()), category, difficulty, tags);
        exec("insert into question_version (question_id, version, content) values (?, 1, cast(? as jsonb))", id, write(content));
        return id;
    }

    /** A new version becomes current, as editing a used question does. */
    public int newVersion(long questionId, QuestionContent content) {
        int v = (int) fixtures.queryLong("select current_version + 1 from question where id = ?", questionId);
        exec("insert into question_version (question_id, version, content) values (?, ?, cast(? as jsonb))", questionId, v, write(content));
        exec("update question set current_version = ? where id = ?", v, questionId);
        return v;
    }

    public void exec(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i] instanceof String[] a ? c.createArrayOf("text", a) : args[i]);
            }
            st.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public BigDecimal decimal(String sql, Object... args) {
        String t = text(sql, args);
        return t == null ? null : new BigDecimal(t);
    }

    private String write(QuestionContent content) {
        return codec.write(content);
    }

    /** A single-choice question: the first option right (100), the others 0, each option with a feedback. */
    public static QuestionContent single(String text, String right, String... wrong) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(right, 100, "Đúng: " + right));
        Arrays.stream(wrong).forEach(w -> choices.add(new Choice(w, 0, "Sai: " + w)));
        return new QuestionContent(QuestionType.SINGLE, null, text, TextFormat.PLAIN, choices, List.of(), List.of(),
                "Giải thích chung", false);
    }

    public static QuestionContent content(QuestionType type, String text, List<Choice> choices, List<NumericAnswer> numeric,
                                          List<MatchPair> pairs) {
        return new QuestionContent(type, null, text, TextFormat.PLAIN, choices, numeric, pairs, null, false);
    }

    /** A quiz input with one DRAW rule; times as dd/MM/yyyy HH:mm (blank for none). */
    public static QuizInput drawQuiz(String title, long unitId, long bankId, int count, String minutes, String attempts) {
        return new QuizInput(title, null, Long.toString(unitId), minutes, null, null, attempts, null, "HIGHEST", null,
                true, true, "CORRECT_ANSWERS", "IMMEDIATELY",
                List.of(new RuleInput("DRAW", Long.toString(bankId), null, null, null, Integer.toString(count), null, "1")));
    }
}
