package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The question form, one layout per type: create, edit, "more rows" (re-shows the form with three
 * more blank rows, saving nothing), field errors at their field or row (422), 303 after a save.
 */
@Hidden
@Controller("/banks/{bankId}/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuestionFormController {
    private final Pages pages;
    private final BankService banks;
    private final QuestionService questions;

    QuestionFormController(Pages pages, BankService banks, QuestionService questions) {
        this.pages = pages;
        this.banks = banks;
        this.questions = questions;
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request, @PathVariable long bankId, @Nullable @QueryValue String type) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, bankId);
        QuestionType t = Requests.choice(type, QuestionType.class, "type");
        if (t == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("bank", bank);
            model.put("types", Arrays.stream(QuestionType.values()).map(x -> new BankPagesController.Option(
                    BankUrls.newQuestion(bankId, x), "question.type." + x.name())).toList());
            return pages.ok(request, "assessment/question-new", model);
        }
        return form(request, HttpStatus.OK, bank, null, t, QuestionForm.blank(t), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @PathVariable long bankId, @Body Map<String, Object> body) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, bankId);
        QuestionType type = Requests.choice(QuestionForm.field(body, "type"), QuestionType.class, "type");
        if (type == null) {
            throw Problem.badRequest("error.missingParameter", "type");
        }
        return save(request, bank, null, type, body, input -> questions.create(user, bankId, input).id(), "created");
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, bankId);
        QuestionDetail q = questions.get(user, bankId, id);
        return form(request, HttpStatus.OK, bank, q, q.content().type(), QuestionForm.of(q), Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id,
                           @Body Map<String, Object> body) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, bankId);
        QuestionDetail q = questions.get(user, bankId, id);
        return save(request, bank, q, q.content().type(), body, input -> questions.update(user, bankId, id, input).id(), "saved");
    }

    private interface Store {
        long apply(QuestionInput input);
    }

    private HttpResponse<?> save(HttpRequest<?> request, BankView bank, QuestionDetail q, QuestionType type,
                                 Map<String, Object> body, Store store, String notice) {
        Map<String, Object> values = QuestionForm.posted(type, body);
        if (body.containsKey("addRows")) {
            return form(request, HttpStatus.OK, bank, q, type, QuestionForm.withBlankRows(type, values, QuestionForm.ADD), Map.of());
        }
        QuestionForm.Read read = QuestionForm.read(type, values);
        try {
            if (!read.errors().isEmpty()) {
                List<InvalidInputException.FieldError> all = new ArrayList<>(read.errors());
                all.addAll(QuestionRules.check(read.input()).errors());
                throw new InvalidInputException(all);
            }
            long id = store.apply(read.input());
            return Pages.seeOther(BankUrls.question(bank.id(), id) + "?" + notice + "=1");
        } catch (InvalidInputException e) {
            Map<String, String> messages = Requests.messages(pages, request, e);
            Map<String, Object> shown = placeRowErrors(type, values, read.rowOf(), messages);
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, bank, q, type, shown, messages);
        }
    }

    /**
     * Moves "choices.2"-style messages onto the form row they came from (for TRUE_FALSE, onto the
     * feedback of "true" or "false"); the others stay field errors.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> placeRowErrors(QuestionType type, Map<String, Object> values,
                                                      List<Integer> rowOf, Map<String, String> messages) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) values.get("rows");
        Map<String, String> feedback = new HashMap<>();
        messages.forEach((field, message) -> {
            String[] parts = field.split("\\.");
            if (parts.length == 2 && parts[1].matches("\\d+")) {
                int item = Integer.parseInt(parts[1]);
                if (type == QuestionType.TRUE_FALSE) {
                    feedback.putIfAbsent(item == 0 ? "trueFeedback" : "falseFeedback", message);
                } else if (item < rowOf.size() && rowOf.get(item) < rows.size()) {
                    rows.get(rowOf.get(item)).putIfAbsent("error", message);
                }
            }
        });
        feedback.forEach(messages::putIfAbsent);
        return QuestionForm.withBlankRows(type, values, 0);
    }

    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, BankView bank, QuestionDetail q,
                                 QuestionType type, Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("bank", bank);
        model.put("question", q);
        model.put("type", type.name());
        model.put("typeKey", "question.type." + type.name());
        model.put("titleKey", q == null ? "question.form.newTitle" : "question.form.editTitle");
        model.put("action", q == null ? BankUrls.questions(bank.id()) : BankUrls.question(bank.id(), q.id()));
        model.put("cancel", q == null ? BankUrls.show(bank.id()) : BankUrls.question(bank.id(), q.id()));
        model.put("form", values);
        Map<String, String> shown = new HashMap<>(errors);
        shown.putIfAbsent("items", errors.getOrDefault("choices", errors.getOrDefault("numeric", errors.get("pairs"))));
        model.put("errors", shown);
        model.put("errorCount", errors.size());
        model.put("formats", BankPagesController.options(TextFormat.values(), "question.format."));
        model.put("difficulties", BankPagesController.options(Difficulty.values(), "question.difficulty."));
        model.put(type.name(), true);
        return pages.render(status, request, "assessment/question-form", model);
    }
}
