package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The list of banks of the caller's subtree, and a bank's page with its questions (filtered, 50 a page). */
@Hidden
@Controller("/banks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BankPagesController {
    private static final List<String> NOTICES = List.of("created", "saved", "imported", "deleted");

    private final Pages pages;
    private final BankService banks;
    private final QuestionService questions;

    BankPagesController(Pages pages, BankService banks, QuestionService questions) {
        this.pages = pages;
        this.banks = banks;
        this.questions = questions;
    }

    /** A value and its label's message key, for selects. */
    record Option(String value, String labelKey) {
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String page) {
        CurrentUser user = Requests.user(request);
        Paged<BankView> result = banks.list(user, Requests.page(page), Paged.PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("newUrl", BankUrls.NEW);
        model.put("templateUrl", BankUrls.TEMPLATE_XLSX);
        if (result.hasPrevious()) {
            model.put("previousUrl", BankUrls.LIST + "?page=" + (result.page() - 1));
        }
        if (result.hasNext()) {
            model.put("nextUrl", BankUrls.LIST + "?page=" + (result.page() + 1));
        }
        return pages.ok(request, "assessment/bank-list", model);
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String category,
                         @Nullable @QueryValue String difficulty, @Nullable @QueryValue String type,
                         @Nullable @QueryValue String tag, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String page) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, id);
        QuestionFilter filter = new QuestionFilter(category, Requests.choice(difficulty, Difficulty.class, "difficulty"),
                Requests.choice(type, QuestionType.class, "type"), tag, q, Requests.page(page), Paged.PAGE_SIZE);
        Paged<QuestionSummary> result = questions.list(user, id, filter);
        if (result.items().isEmpty() && result.page() > result.pages()) {
            filter = filter.onPage((int) result.pages());
            result = questions.list(user, id, filter);
        }
        QuestionService.Vocabulary vocabulary = questions.vocabulary(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("bank", bank);
        model.put("notice", NOTICES.stream().filter(n -> request.getParameters().contains(n))
                .findFirst().map(n -> "bank.notice." + n).orElse(null));
        model.put("importedCount", request.getParameters().get("imported"));
        model.put("filter", filter);
        model.put("result", result);
        model.put("categories", vocabulary.categories());
        model.put("tags", vocabulary.tags());
        model.put("types", options(QuestionType.values(), "question.type."));
        model.put("difficulties", options(Difficulty.values(), "question.difficulty."));
        model.put("newQuestions", Arrays.stream(QuestionType.values())
                .map(t -> new Option(BankUrls.newQuestion(id, t), "question.type." + t.name())).toList());
        model.put("editUrl", BankUrls.edit(id));
        model.put("importUrl", BankUrls.importPage(id));
        model.put("giftUrl", BankUrls.exportGift(id));
        model.put("xlsxUrl", BankUrls.exportXlsx(id));
        model.put("questionsUrl", BankUrls.questions(id));
        if (result.hasPrevious()) {
            model.put("previousUrl", BankUrls.show(id, filter, result.page() - 1));
        }
        if (result.hasNext()) {
            model.put("nextUrl", BankUrls.show(id, filter, result.page() + 1));
        }
        return pages.ok(request, "assessment/bank-show", model);
    }

    static List<Option> options(Enum<?>[] values, String keyPrefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), keyPrefix + v.name())).toList();
    }
}
