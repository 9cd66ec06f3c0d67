package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.QuestionStore;
import vn.hocluat.assessment.bank.BankInput;
import vn.hocluat.assessment.bank.BankService;
import vn.hocluat.assessment.bank.BankView;
import vn.hocluat.assessment.bank.InvalidInputException;
import vn.hocluat.assessment.bank.QuestionDetail;
import vn.hocluat.assessment.bank.QuestionInput;
import vn.hocluat.assessment.bank.QuestionService;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.quiz.QuizInput;
import vn.hocluat.assessment.quiz.QuizInvalidException;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.learning.files.CourseDraft.LessonDraft;
import vn.hocluat.learning.files.CourseDraft.QuestionFile;
import vn.hocluat.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The questions and quizzes of an imported course, written through the assessment services: the
 * course's bank (created in the owner unit when absent), the questions of each question file
 * tagged with the file's path ({@code questions/x.gift}) so that a quiz lesson draws from exactly
 * its file, and one quiz per quiz lesson (kept across versions, so attempts stay attached).
 * A file whose questions did not change keeps its questions; a changed one replaces them (the old
 * ones are deactivated, never deleted: attempts refer to them).
 */
@Singleton
class CourseQuestions {
    /** The tag marking the questions of a course's question file; the export leaves it out. */
    static final String FILE_TAG_PREFIX = CourseNames.QUESTIONS + "/";

    private final BankService banks;
    private final QuestionService questions;
    private final QuestionStore store;
    private final QuizService quizzes;

    CourseQuestions(BankService banks, QuestionService questions, QuestionStore store, QuizService quizzes) {
        this.banks = banks;
        this.questions = questions;
        this.store = store;
        this.quizzes = quizzes;
    }

    /** The course's bank, created or moved to the owner unit as needed. */
    long bank(CurrentUser actor, @Nullable Long bankId, long unitId, String title) {
        String name = title.length() > 200 ? title.substring(0, 200) : title;
        if (bankId == null) {
            return banks.create(actor, new BankInput(name, null, Long.toString(unitId))).id();
        }
        BankView bank = banks.get(actor, bankId);
        if (bank.unitId() != unitId) {
            banks.update(actor, bankId, new BankInput(bank.name(), bank.description(), Long.toString(unitId)));
        }
        return bankId;
    }

    /** Brings the bank's file-tagged questions in line with the files; problems the question rules find are added. */
    void files(CurrentUser actor, long bankId, Map<String, QuestionFile> files, List<FileIssue> issues) {
        for (String tag : questions.vocabulary(actor, bankId).tags()) {
            if (tag.startsWith(FILE_TAG_PREFIX) && !files.containsKey(tag.substring(FILE_TAG_PREFIX.length()))) {
                store.activeIds(bankId, null, null, tag).forEach(id -> questions.setActive(actor, bankId, id, false));
            }
        }
        for (QuestionFile f : files.values()) {
            List<Long> current = store.activeIds(bankId, null, null, f.path());
            List<QuestionInput> wanted = f.questions().stream().map(q -> input(q, f.path())).toList();
            if (same(actor, bankId, current, wanted)) {
                continue;
            }
            current.forEach(id -> questions.setActive(actor, bankId, id, false));
            for (int i = 0; i < wanted.size(); i++) {
                try {
                    questions.create(actor, bankId, wanted.get(i));
                } catch (InvalidInputException e) {
                    int line = f.questions().get(i).line();
                    e.errors().forEach(err -> issues.add(FileIssue.at(f.path(), line, err.messageKey(), err.args())));
                }
            }
        }
    }

    /** Creates or updates the quiz of a quiz lesson: a DRAW rule on the file's tag (all its questions unless {@code draw}). */
    @Nullable
    Long quiz(CurrentUser actor, @Nullable Long quizId, long unitId, long bankId, LessonDraft l, QuestionFile file,
              List<FileIssue> issues) {
        int count = l.draw() == null ? file.questions().size() : l.draw();
        QuizInput input = new QuizInput(l.title(), null, Long.toString(unitId),
                l.timeLimitMinutes() == null ? null : l.timeLimitMinutes().toString(), null, null,
                l.attempts() == null ? null : l.attempts().toString(), null, "HIGHEST", l.passPercent().toPlainString(),
                true, true, "FEEDBACK", "IMMEDIATELY", List.of(new QuizInput.RuleInput("DRAW", Long.toString(bankId),
                null, null, file.path(), Integer.toString(count), null, "1")));
        try {
            if (quizId == null) {
                return quizzes.create(actor, input);
            }
            quizzes.update(actor, quizId, input);
            return quizId;
        } catch (QuizInvalidException e) {
            e.errors().forEach(err -> issues.add(FileIssue.at(l.file(), 0, err.messageKey(), err.args())));
            return null;
        }
    }

    private static QuestionInput input(ParsedQuestion q, String fileTag) {
        List<String> tags = new ArrayList<>(q.tags());
        tags.add(fileTag);
        return new QuestionInput(q.category(), q.difficulty() == null ? null : q.difficulty().name(), tags, q.content());
    }

    private boolean same(CurrentUser actor, long bankId, List<Long> current, List<QuestionInput> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            QuestionDetail d = questions.get(actor, bankId, current.get(i));
            QuestionInput w = wanted.get(i);
            String difficulty = d.difficulty() == null ? null : d.difficulty().name();
            if (!Objects.equals(d.category(), w.category()) || !Objects.equals(difficulty, w.difficulty())
                    || !d.tags().equals(w.tags()) || !d.content().equals(w.content())) {
                return false;
            }
        }
        return true;
    }
}
