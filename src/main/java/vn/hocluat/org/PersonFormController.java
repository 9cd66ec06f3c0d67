package vn.hocluat.org;

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
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The create and edit pages of a person: the form, re-shown with field errors (422), 303 after a save. */
@Hidden
@Controller("/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonFormController {
    private static final String TEMPLATE = "org/person-form";

    private final Pages pages;
    private final PersonService people;
    private final UnitDirectory units;

    PersonFormController(Pages pages, PersonService people, UnitDirectory units) {
        this.pages = pages;
        this.people = people;
        this.units = units;
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request, @Nullable @QueryValue String unitId) {
        CurrentUser user = writer(request);
        Long unit = unitId != null && unitId.matches("\\d{1,18}") ? Long.valueOf(unitId) : null;
        return form(request, user, HttpStatus.OK, null, PersonForm.blank(unit), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = writer(request);
        Map<String, Object> values = PersonForm.posted(body);
        try {
            PersonView saved = people.create(user, PersonForm.input(values));
            return Pages.seeOther(PersonUrls.show(saved.id()) + "?created=1");
        } catch (PersonInvalidException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, values, messages(request, e));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = writer(request);
        PersonView person = people.get(user, id);
        return form(request, user, HttpStatus.OK, person, PersonForm.of(person), Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = writer(request);
        Map<String, Object> values = PersonForm.posted(body);
        try {
            people.update(user, id, PersonForm.input(values));
            return Pages.seeOther(PersonUrls.show(id) + "?saved=1");
        } catch (PersonInvalidException e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, people.get(user, id), values, messages(request, e));
        }
    }

    /** Field → localised message, the first error of each field. */
    private Map<String, String> messages(HttpRequest<?> request, PersonInvalidException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach(err -> out.putIfAbsent(err.field(), pages.text(request, err.messageKey(), err.args())));
        return out;
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, PersonView person,
                                 Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("titleKey", person == null ? "person.form.newTitle" : "person.form.editTitle");
        model.put("titleArg", person == null ? "" : person.fullName());
        model.put("action", person == null ? PersonUrls.LIST : PersonUrls.show(person.id()));
        model.put("cancel", person == null ? PersonUrls.LIST : PersonUrls.show(person.id()));
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", units.options(user));
        model.put("genders", PersonForm.genderChoices());
        model.put("levels", PersonForm.levelChoices());
        model.put("groups", PersonForm.groupChecks(values));
        return pages.render(status, request, TEMPLATE, model);
    }

    /** Only ADMIN and MANAGER see the forms; the service checks again on every write. */
    private static CurrentUser writer(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!PersonService.canWrite(user)) {
            throw Problem.forbidden();
        }
        return user;
    }
}
