package vn.hocluat.learning.files;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionStore;
import vn.hocluat.assessment.bank.QuestionDetail;
import vn.hocluat.assessment.bank.QuestionService;
import vn.hocluat.assessment.format.GiftWriter;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.quiz.Quiz;
import vn.hocluat.assessment.quiz.QuizDetail;
import vn.hocluat.assessment.quiz.QuizRule;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.assessment.quiz.RuleKind;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A course quiz as one question file and the lesson keys of courses/README.md. A quiz of several
 * rules or banks is flattened: every question it can draw goes to the one file (in rule order, each
 * once) and {@code draw} is the number an attempt draws in total (left out when it is all of them).
 */
@Singleton
class QuizExport {
    /** The GIFT text and the quiz's lesson keys. */
    record Flat(String gift, int questions, int draw, Quiz quiz) {
        Map<String, String> fields(boolean mustPass) {
            Map<String, String> f = new LinkedHashMap<>();
            if (draw < questions) {
                f.put("draw", Integer.toString(draw));
            }
            BigDecimal pass = quiz.passPercent() == null ? LessonReader.DEFAULT_PASS : quiz.passPercent();
            f.put("pass-percent", pass.stripTrailingZeros().toPlainString());
            f.put("must-pass", CourseExporter.yesNo(mustPass));
            if (quiz.attemptsAllowed() != null) {
                f.put("attempts", quiz.attemptsAllowed().toString());
            }
            if (quiz.timeLimitSeconds() != null) {
                f.put("time-limit-minutes", Integer.toString((quiz.timeLimitSeconds() + 59) / 60));
            }
            return f;
        }
    }

    private final QuizService quizzes;
    private final QuestionService questions;
    private final QuestionStore store;
    private final ImportActor actor;

    QuizExport(QuizService quizzes, QuestionService questions, QuestionStore store, ImportActor actor) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.store = store;
        this.actor = actor;
    }

    Flat flatten(long quizId) {
        QuizDetail detail = quizzes.definition(quizId).orElseThrow(Problem::notFound);
        CurrentUser reader = actor.get();
        Map<Long, Long> bankOf = new LinkedHashMap<>();
        for (QuizDetail.RuleLine line : detail.rules()) {
            QuizRule r = line.rule();
            List<Long> ids = r.kind() == RuleKind.FIXED ? List.of(r.questionId())
                    : store.activeIds(r.bankId(), r.category(), r.difficulty(), r.tag());
            ids.forEach(id -> bankOf.putIfAbsent(id, r.bankId()));
        }
        List<ParsedQuestion> out = new ArrayList<>();
        bankOf.forEach((id, bank) -> {
            QuestionDetail q = questions.get(reader, bank, id);
            List<String> tags = q.tags().stream().filter(t -> !t.startsWith(CourseQuestions.FILE_TAG_PREFIX)).toList();
            out.add(new ParsedQuestion(0, q.category(), q.difficulty(), tags, q.content()));
        });
        return new Flat(GiftWriter.write(out), out.size(), detail.questionCount(), detail.quiz());
    }
}
