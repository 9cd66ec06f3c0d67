package vn.hocluat.account;

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
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Account administration pages for ADMIN and MANAGER: list, create, enable/disable, reset password. */
@Hidden
@Controller("/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountsController {
    private static final int PAGE_SIZE = 50;
    private final Pages pages;
    private final AccountService service;
    private final UnitDirectory units;

    AccountsController(Pages pages, AccountService service, UnitDirectory units) {
        this.pages = pages;
        this.service = service;
        this.units = units;
    }

    @Serdeable
    record AccountForm(@Nullable String username, @Nullable String displayName, @Nullable String role,
                       @Nullable Long unitId, @Nullable String password) {
    }

    @Serdeable
    record PasswordForm(@Nullable String password) {
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue Integer page, @Nullable @QueryValue String created) {
        CurrentUser user = user(request);
        int p = page == null || page < 0 ? 0 : page;
        long total = service.count(user);
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", service.list(user, p, PAGE_SIZE));
        model.put("total", total);
        model.put("hasPrev", p > 0);
        model.put("prev", p - 1);
        model.put("next", (long) (p + 1) * PAGE_SIZE < total ? p + 1 : null);
        model.put("created", created);
        return pages.ok(request, "account/list", model);
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = user(request);
        return form(request, user, HttpStatus.OK, new AccountForm("", "", Role.MANAGER.name(), user.unitId(), ""), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body AccountForm form) {
        CurrentUser user = user(request);
        Role role = parseRole(form.role());
        Map<String, String> errors = service.create(user, new AccountService.NewAccount(
                form.username(), form.displayName(), role, form.unitId(), form.password()));
        if (!errors.isEmpty()) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        return Pages.seeOther("/accounts?created=" + form.username().trim().toLowerCase());
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        Account a = service.get(user(request), id);
        Map<String, Object> model = new HashMap<>();
        model.put("account", a);
        model.put("done", done);
        return pages.ok(request, "account/show", model);
    }

    @Post(value = "/{id}/enable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enable(HttpRequest<?> request, @PathVariable long id) {
        service.setEnabled(user(request), id, true);
        return Pages.seeOther("/accounts/" + id + "?done=enabled");
    }

    @Post(value = "/{id}/disable", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> disable(HttpRequest<?> request, @PathVariable long id) {
        service.setEnabled(user(request), id, false);
        return Pages.seeOther("/accounts/" + id + "?done=disabled");
    }

    @Post(value = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(HttpRequest<?> request, @PathVariable long id, @Body PasswordForm form) {
        CurrentUser user = user(request);
        String error = service.resetPassword(user, id, form.password());
        if (error != null) {
            Map<String, Object> model = new HashMap<>();
            model.put("account", service.get(user, id));
            model.put("passwordError", pages.text(request, error, AccountService.MIN_PASSWORD));
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "account/show", model);
        }
        return Pages.seeOther("/accounts/" + id + "?done=password");
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, AccountForm form,
                                 Map<String, String> errorKeys) {
        Map<String, String> errors = new HashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, pages.text(request, key, AccountService.MIN_PASSWORD)));
        List<String> roles = service.grantableRoles(user).stream().map(Role::name).toList();
        if (roles.isEmpty()) {
            throw Problem.forbidden();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("hasErrors", !errors.isEmpty());
        model.put("roles", roles);
        model.put("units", units.options(user));
        model.put("minPassword", AccountService.MIN_PASSWORD);
        return pages.render(status, request, "account/new", model);
    }

    private static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
