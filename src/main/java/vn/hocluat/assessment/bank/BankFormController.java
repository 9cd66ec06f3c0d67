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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;

/** The create and edit pages of a bank: name, description, owning unit; 422 with field errors, 303 after a save. */
@Hidden
@Controller("/banks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BankFormController {
    private final Pages pages;
    private final BankService banks;
    private final UnitDirectory units;

    BankFormController(Pages pages, BankService banks, UnitDirectory units) {
        this.pages = pages;
        this.banks = banks;
        this.units = units;
    }

    @Serdeable
    record BankForm(@Nullable String name, @Nullable String description, @Nullable String unitId) {
        BankInput input() {
            return new BankInput(name, description, unitId);
        }
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = Requests.user(request);
        BankForm blank = new BankForm("", "", Long.toString(user.unitId()));
        return form(request, user, HttpStatus.OK, null, blank, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body BankForm body) {
        CurrentUser user = Requests.user(request);
        try {
            BankView saved = banks.create(user, body.input());
            return Pages.seeOther(BankUrls.show(saved.id()) + "?created=1");
        } catch (InvalidInputException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, body, Requests.messages(pages, request, e));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, id);
        BankForm values = new BankForm(bank.name(), bank.description() == null ? "" : bank.description(),
                Long.toString(bank.unitId()));
        return form(request, user, HttpStatus.OK, bank, values, Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body BankForm body) {
        CurrentUser user = Requests.user(request);
        try {
            banks.update(user, id, body.input());
            return Pages.seeOther(BankUrls.show(id) + "?saved=1");
        } catch (InvalidInputException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, banks.get(user, id), body,
                    Requests.messages(pages, request, e));
        }
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, BankView bank,
                                 BankForm values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("bank", bank);
        model.put("titleKey", bank == null ? "bank.form.newTitle" : "bank.form.editTitle");
        model.put("titleArg", bank == null ? "" : bank.name());
        model.put("action", bank == null ? BankUrls.LIST : BankUrls.show(bank.id()));
        model.put("cancel", bank == null ? BankUrls.LIST : BankUrls.show(bank.id()));
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", units.options(user));
        return pages.render(status, request, "assessment/bank-form", model);
    }
}
