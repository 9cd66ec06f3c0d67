package vn.hocluat.assessment.quiz;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import io.micronaut.http.HttpStatus;
import vn.hocluat.assessment.QuestionStore;
import vn.hocluat.assessment.bank.BankService;
import vn.hocluat.assessment.bank.BankView;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.assessment.quiz.QuizInvalidException.FieldError;
import vn.hocluat.assessment.quiz.QuizValidator.QuizData;
import vn.hocluat.assessment.quiz.QuizValidator.RuleData;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quiz definitions. ADMIN, MANAGER, TRAINER and ORGANISER read and write the quizzes of their
 * subtree, drawing only from banks of their subtree; every account may take the quizzes of its
 * own unit and of the units above it.
 */
@Singleton
public class QuizService {
    private final QuizRepository quizzes;
    private final QuizRuleRepository rules;
    private final QuizQueries queries;
    private final QuestionPool pool;
    private final QuestionStore questions;
    private final BankService bankService;
    private final UnitScope scope;
    private final ApplicationEventPublisher<QuizChanged> events;
    private final List<TakePermit> permits;

    QuizService(QuizRepository quizzes, QuizRuleRepository rules, QuizQueries queries, QuestionPool pool,
                QuestionStore questions, BankService bankService, UnitScope scope, ApplicationEventPublisher<QuizChanged> events,
                List<TakePermit> permits) {
        this.permits = permits;
        this.quizzes = quizzes;
        this.rules = rules;
        this.queries = queries;
        this.pool = pool;
        this.questions = questions;
        this.bankService = bankService;
        this.scope = scope;
        this.events = events;
    }

    public static boolean canWrite(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.MANAGER, Role.TRAINER, Role.ORGANISER);
    }

    @ReadOnly
    public List<QuizSummary> managed(CurrentUser user) {
        return canWrite(user) ? queries.ownedBySubtree(scope.pathPrefix(user)) : List.of();
    }

    @ReadOnly
    public List<QuizSummary> available(CurrentUser user) {
        return queries.openToUnit(scope.pathPrefix(user));
    }

    /** The banks a rule may draw from: those of the caller's subtree (the first 200). */
    @ReadOnly
    public List<BankView> banks(CurrentUser user) {
        requireWriter(user);
        return bankService.list(user, 1, Paged.MAX_SIZE).items();
    }

    /** A quiz for its authors: 404 unknown, 403 outside the caller's subtree or without a writing role. */
    @ReadOnly
    public QuizDetail get(CurrentUser user, long id) {
        requireWriter(user);
        QuizDetail detail = definition(id).orElseThrow(Problem::notFound);
        scope.require(user, detail.quiz().unitId());
        return detail;
    }

    /**
     * What a user may do with a quiz: take it (their unit lies in the quiz unit's subtree, or a
     * {@link TakePermit} allows it), manage it (an author of the subtree).
     */
    public record Access(QuizDetail quiz, boolean take, boolean manage) {
    }

    /** A quiz for its page: 404 unknown, 403 when the user may neither take nor manage it. */
    @ReadOnly
    public Access access(CurrentUser user, long id) {
        QuizDetail detail = definition(id).orElseThrow(Problem::notFound);
        boolean take = scope.pathPrefix(user).startsWith(scope.pathOf(detail.quiz().unitId()))
                || permits.stream().anyMatch(p -> p.mayTake(user, id));
        boolean manage = canWrite(user) && scope.contains(user, detail.quiz().unitId());
        if (!take && !manage) {
            throw Problem.forbidden();
        }
        return new Access(detail, take, manage);
    }

    /** A quiz as the engine needs it, without any caller check. */
    @ReadOnly
    public Optional<QuizDetail> definition(long id) {
        return quizzes.findById(id).map(q -> {
            List<QuizRule> list = rules.findByQuizIdOrderByPosition(id);
            Map<Long, String> names = list.isEmpty() ? Map.of() : pool.bankNames(list.stream().map(QuizRule::bankId).toList());
            return new QuizDetail(q, queries.unitName(q.unitId()),
                    list.stream().map(r -> new QuizDetail.RuleLine(r, names.getOrDefault(r.bankId(), ""))).toList());
        });
    }

    @Transactional
    public long create(CurrentUser user, QuizInput input) {
        requireWriter(user);
        QuizData d = validated(user, input);
        Quiz saved = quizzes.save(quiz(null, d, user.accountId()));
        saveRules(saved.id(), d.rules());
        return saved.id();
    }

    @Transactional
    public void update(CurrentUser user, long id, QuizInput input) {
        Quiz current = get(user, id).quiz();
        QuizData d = validated(user, input);
        quizzes.update(quiz(current, d, current.createdBy()));
        rules.deleteByQuizId(id);
        saveRules(id, d.rules());
        events.publishEvent(new QuizChanged(id));
    }

    private QuizData validated(CurrentUser user, QuizInput input) {
        QuizValidator.Result result = QuizValidator.validate(input);
        QuizData d = result.data();
        List<FieldError> errors = new ArrayList<>(result.errors());
        if (d.unitId() != null && !scope.contains(user, d.unitId())) {
            errors.add(new FieldError("unitId", "quiz.error.unitOutOfScope"));
        }
        Set<Long> fixed = new HashSet<>();
        for (RuleData r : d.rules()) {
            checkRule(user, r, fixed, errors);
        }
        if (!errors.isEmpty()) {
            throw new QuizInvalidException(errors);
        }
        return d;
    }

    private void checkRule(CurrentUser user, RuleData r, Set<Long> fixed, List<FieldError> errors) {
        if (r.kind() == RuleKind.FIXED && r.questionId() != null) {
            var q = pool.question(r.questionId()).orElse(null);
            if (q == null) {
                errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "questionId"), "quiz.error.rule.questionUnknown", r.questionId()));
            } else if (!scope.contains(user, q.unitId())) {
                errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "questionId"), "quiz.error.rule.bankOutOfScope"));
            } else if (!q.active()) {
                errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "questionId"), "quiz.error.rule.questionInactive", r.questionId()));
            } else if (!fixed.add(q.id())) {
                errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "questionId"), "quiz.error.rule.questionTwice", r.questionId()));
            }
        } else if (r.kind() == RuleKind.DRAW && r.bankId() != null) {
            String refusal = bankRefusal(user, r.bankId());
            if (refusal != null) {
                errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "bankId"), refusal));
            } else if (r.count() != null) {
                int available = questions.activeIds(r.bankId(), r.category(), r.difficulty(), r.tag()).size();
                if (available < r.count()) {
                    errors.add(new FieldError(QuizInvalidException.ruleField(r.index(), "count"), "quiz.error.rule.notEnough", available, r.count()));
                }
            }
        }
    }

    /** Null when the caller may draw from the bank, else why not. */
    private String bankRefusal(CurrentUser user, long bankId) {
        try {
            bankService.get(user, bankId);
            return null;
        } catch (Problem p) {
            return p.status() == HttpStatus.NOT_FOUND ? "quiz.error.rule.bankUnknown" : "quiz.error.rule.bankOutOfScope";
        }
    }

    private void saveRules(long quizId, List<RuleData> list) {
        Map<Long, Long> bankOfQuestion = list.stream().filter(r -> r.kind() == RuleKind.FIXED)
                .collect(Collectors.toMap(RuleData::questionId, r -> pool.question(r.questionId()).orElseThrow().bankId(), (a, b) -> a));
        int position = 0;
        for (RuleData r : list) {
            long bankId = r.kind() == RuleKind.FIXED ? bankOfQuestion.get(r.questionId()) : r.bankId();
            rules.save(new QuizRule(null, quizId, position++, r.kind(), bankId, r.category(), r.difficulty(), r.tag(),
                    r.kind() == RuleKind.DRAW ? r.count() : null, r.questionId(), r.points()));
        }
    }

    private static Quiz quiz(Quiz current, QuizData d, Long createdBy) {
        return new Quiz(current == null ? null : current.id(), d.unitId(), d.title(), d.description(), d.timeLimitSeconds(),
                d.openAt(), d.closeAt(), d.attemptsAllowed(), d.delaySeconds(), d.gradingMethod(), d.passPercent(),
                d.shuffleQuestions(), d.shuffleOptions(), d.reviewMode(), d.reviewWhen(), createdBy,
                current == null ? null : current.createdAt(), null);
    }

    private static void requireWriter(CurrentUser user) {
        if (!canWrite(user)) {
            throw Problem.forbidden();
        }
    }

}
