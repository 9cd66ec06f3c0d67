package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.bank.InvalidInputException.FieldError;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The questions of a bank, under the bank's scope (see BankService). Editing keeps every version
 * an attempt used: when the current version is referenced by an attempt, the edit becomes version
 * n+1 and new attempts get it; otherwise the current version is corrected in place. Category,
 * difficulty and tags belong to the question, not to a version (they steer draws, not grading).
 * A question's type never changes. A used question is deactivated, never deleted.
 */
@Singleton
public class QuestionService {
    private final BankService banks;
    private final QuestionQueries queries;

    QuestionService(BankService banks, QuestionQueries queries) {
        this.banks = banks;
        this.queries = queries;
    }

    @ReadOnly
    public Paged<QuestionSummary> list(CurrentUser user, long bankId, QuestionFilter filter) {
        banks.get(user, bankId);
        return queries.list(bankId, filter);
    }

    /** The question with its current content. */
    @ReadOnly
    public QuestionDetail get(CurrentUser user, long bankId, long id) {
        banks.get(user, bankId);
        return detail(head(bankId, id));
    }

    /** The content of one version of a question of the bank (404 when the version does not exist). */
    @ReadOnly
    public QuestionContent version(CurrentUser user, long bankId, long id, int version) {
        banks.get(user, bankId);
        head(bankId, id);
        return queries.content(id, version).orElseThrow(Problem::notFound);
    }

    /** The categories and tags in use in a bank, for filters and pickers. */
    @ReadOnly
    public Vocabulary vocabulary(CurrentUser user, long bankId) {
        banks.get(user, bankId);
        return new Vocabulary(queries.categories(bankId), queries.tags(bankId));
    }

    /** What a bank's questions are filed under. */
    public record Vocabulary(List<String> categories, List<String> tags) {
    }

    @Transactional
    public QuestionDetail create(CurrentUser user, long bankId, QuestionInput input) {
        banks.requireQuestionsEditable(user, bankId);
        QuestionData d = valid(input);
        long id = queries.insert(bankId, d, user.accountId());
        return detail(queries.head(id).orElseThrow());
    }

    /** Creates every question or none: the import's write, after every question was checked. */
    @Transactional
    int createAll(CurrentUser user, long bankId, List<QuestionData> questions) {
        banks.requireQuestionsEditable(user, bankId);
        questions.forEach(d -> queries.insert(bankId, d, user.accountId()));
        return questions.size();
    }

    /** Stores the new state: in place when no attempt used the current version, else as version n+1. */
    @Transactional
    public QuestionDetail update(CurrentUser user, long bankId, long id, QuestionInput input) {
        banks.requireWritable(user, bankId);
        QuestionQueries.Head head = queries.headForUpdate(id).filter(h -> h.bankId() == bankId)
                .orElseThrow(Problem::notFound);
        QuestionRules.Result checked = QuestionRules.check(input);
        QuestionData d = checked.data();
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (d.content() != null && d.content().type() != head.type()) {
            errors.add(new FieldError("type", "question.error.typeFixed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int version = head.currentVersion();
        QuestionContent current = queries.content(id, version).orElseThrow();
        if (!ShownToTakers.same(head, current, d)) {
            banks.checkGuards(bankId);
        }
        if (!current.equals(d.content())) {
            if (queries.versionUsed(id, version)) {
                version++;
                queries.insertVersion(id, version, d.content(), user.accountId());
            } else {
                queries.replaceContent(id, version, d.content());
            }
        }
        queries.updateHead(id, version, d);
        return detail(queries.head(id).orElseThrow());
    }

    /** Takes the question out of (or back into) draws; attempts that used it keep it. */
    @Transactional
    public void setActive(CurrentUser user, long bankId, long id, boolean active) {
        banks.requireQuestionsEditable(user, bankId);
        queries.headForUpdate(id).filter(h -> h.bankId() == bankId).orElseThrow(Problem::notFound);
        queries.setActive(id, active);
    }

    /** Deletes a question no attempt and no quiz ever used; a used one can only be deactivated (409). */
    @Transactional
    public void delete(CurrentUser user, long bankId, long id) {
        banks.requireQuestionsEditable(user, bankId);
        queries.headForUpdate(id).filter(h -> h.bankId() == bankId).orElseThrow(Problem::notFound);
        if (queries.everUsed(id)) {
            throw new Problem(HttpStatus.CONFLICT, "question.error.usedCannotDelete");
        }
        queries.delete(id);
    }

    /** Checks a question as the form, the API and imports do; throws the field errors. */
    static QuestionData valid(QuestionInput input) {
        QuestionRules.Result r = QuestionRules.check(input);
        if (!r.errors().isEmpty()) {
            throw new InvalidInputException(r.errors());
        }
        return r.data();
    }

    private QuestionQueries.Head head(long bankId, long id) {
        return queries.head(id).filter(h -> h.bankId() == bankId).orElseThrow(Problem::notFound);
    }

    private QuestionDetail detail(QuestionQueries.Head h) {
        return new QuestionDetail(h.id(), h.bankId(), h.category(), h.difficulty(), h.tags(), h.active(),
                h.currentVersion(), queries.content(h.id(), h.currentVersion()).orElseThrow(),
                queries.versions(h.id()), h.createdAt(), h.updatedAt());
    }
}
