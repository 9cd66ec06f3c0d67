package vn.hocluat.assessment.bank;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Imports a GIFT, Aiken or XLSX file into a bank, all or nothing: every question the parser read is
 * also checked by the rules of the question form, and any error (with its line or row) means
 * nothing is written. Exports a bank's questions (current versions, inactive ones included) as
 * GIFT or XLSX.
 */
@Singleton
class BankImportService {
    private final BankService banks;
    private final QuestionService questions;
    private final QuestionQueries queries;
    private final QuestionFiles files;
    private final Messages messages;

    BankImportService(BankService banks, QuestionService questions, QuestionQueries queries, QuestionFiles files,
                      Messages messages) {
        this.banks = banks;
        this.questions = questions;
        this.queries = queries;
        this.files = files;
        this.messages = messages;
    }

    /** One refused question or file problem: the line (row for XLSX) and the localised message. */
    record LineError(int line, String message) {
    }

    /** How many questions were written, or every problem found (then none was written). */
    record Result(int created, List<LineError> problems, boolean byRow) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    Result importFile(CurrentUser user, long bankId, ImportFormat format, byte[] content, Locale locale) {
        banks.get(user, bankId);
        banks.checkGuards(bankId);
        ParseResult parsed = files.read(format, content);
        List<FormatError> errors = new ArrayList<>(parsed.errors());
        List<QuestionData> valid = new ArrayList<>();
        for (ParsedQuestion q : parsed.questions()) {
            QuestionRules.Result checked = QuestionRules.check(new QuestionInput(q.category(),
                    q.difficulty() == null ? null : q.difficulty().name(), q.tags(), q.content()));
            checked.errors().forEach(e -> errors.add(new FormatError(q.line(), e.messageKey(), e.args())));
            valid.add(checked.data());
        }
        if (errors.isEmpty() && valid.isEmpty()) {
            errors.add(new FormatError(1, "bank.import.noQuestions"));
        }
        if (!errors.isEmpty()) {
            List<LineError> problems = errors.stream().sorted(Comparator.comparingInt(FormatError::line))
                    .map(e -> new LineError(e.line(), messages.get(locale, e.messageKey(), e.args()))).toList();
            return new Result(0, problems, format.byRow());
        }
        return new Result(questions.createAll(user, bankId, valid), List.of(), format.byRow());
    }

    @ReadOnly
    byte[] exportGift(CurrentUser user, long bankId) {
        banks.get(user, bankId);
        return files.gift(queries.export(bankId));
    }

    @ReadOnly
    byte[] exportXlsx(CurrentUser user, long bankId) {
        banks.get(user, bankId);
        return files.xlsx(queries.export(bankId));
    }

    /** The template anyone who may use banks can download. */
    byte[] template(CurrentUser user, Locale locale) {
        if (!BankService.canUse(user)) {
            throw Problem.forbidden();
        }
        return files.xlsxTemplate(locale);
    }
}
