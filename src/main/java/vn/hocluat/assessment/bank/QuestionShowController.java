package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A question's page (any version, with the list of versions) and its activate / deactivate / delete buttons. */
@Hidden
@Controller("/banks/{bankId}/questions/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuestionShowController {
    private static final List<String> NOTICES = List.of("created", "saved", "activated", "deactivated");

    private final Pages pages;
    private final BankService banks;
    private final QuestionService questions;

    QuestionShowController(Pages pages, BankService banks, QuestionService questions) {
        this.pages = pages;
        this.banks = banks;
        this.questions = questions;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id,
                         @Nullable @QueryValue String version) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, bankId);
        QuestionDetail q = questions.get(user, bankId, id);
        int shown = Requests.positive(version, "version", q.currentVersion());
        QuestionContent content = shown == q.currentVersion() ? q.content() : questions.version(user, bankId, id, shown);
        Map<String, Object> model = new HashMap<>();
        model.put("bank", bank);
        model.put("question", q);
        model.put("shownVersion", shown);
        model.put("isCurrent", shown == q.currentVersion());
        model.put("view", QuestionPageView.of(content));
        model.put("difficultyKey", q.difficulty() == null ? null : "question.difficulty." + q.difficulty().name());
        model.put("notice", NOTICES.stream().filter(n -> request.getParameters().contains(n))
                .findFirst().map(n -> "question.notice." + n).orElse(null));
        model.put("bankUrl", BankUrls.show(bankId));
        model.put("url", BankUrls.question(bankId, id));
        model.put("editUrl", BankUrls.editQuestion(bankId, id));
        model.put("deletable", q.versions().stream().allMatch(v -> v.attempts() == 0));
        model.put("versions", q.versions().stream().map(v -> Map.of("version", v.version(),
                "createdAt", v.createdAt().toLocalDate(), "createdBy", v.createdBy() == null ? "" : v.createdBy(),
                "attempts", v.attempts(), "url", BankUrls.questionVersion(bankId, id, v.version()),
                "current", v.version() == q.currentVersion(), "shown", v.version() == shown)).toList());
        return pages.ok(request, "assessment/question-show", model);
    }

    @Post(value = "/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id) {
        questions.setActive(Requests.user(request), bankId, id, false);
        return Pages.seeOther(BankUrls.question(bankId, id) + "?deactivated=1");
    }

    @Post(value = "/activate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> activate(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id) {
        questions.setActive(Requests.user(request), bankId, id, true);
        return Pages.seeOther(BankUrls.question(bankId, id) + "?activated=1");
    }

    /** Deletes a question that was never used; a used one gets 409 and the advice to deactivate it. */
    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id) {
        questions.delete(Requests.user(request), bankId, id);
        return Pages.seeOther(BankUrls.show(bankId) + "?deleted=1");
    }
}
