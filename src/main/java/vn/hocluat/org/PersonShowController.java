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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.PersonInvalidException.FieldError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person's page: facts, groups, linked login, and the deactivate / reactivate buttons. */
@Hidden
@Controller("/people/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonShowController {
    /** Notices shown after a redirect, by query parameter; each is the message key person.notice.&lt;name&gt;. */
    private static final List<String> NOTICES = List.of("created", "saved", "deactivated", "reactivated");

    private final Pages pages;
    private final PersonService people;

    PersonShowController(Pages pages, PersonService people) {
        this.pages = pages;
        this.people = people;
    }

    @Serdeable
    record DeactivateForm(@Nullable String inactiveFrom) {
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        String notice = NOTICES.stream().filter(n -> request.getParameters().contains(n))
                .findFirst().map(n -> "person.notice." + n).orElse(null);
        return page(request, HttpStatus.OK, people.get(user, id), notice, Dates.format(Dates.today()), null);
    }

    @Post(value = "/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable long id, @Body DeactivateForm form) {
        CurrentUser user = user(request);
        String typed = form.inactiveFrom() == null ? "" : form.inactiveFrom().trim();
        try {
            Optional<LocalDate> from = typed.isEmpty() ? Optional.of(Dates.today()) : Dates.parse(typed);
            if (from.isEmpty()) {
                throw new PersonInvalidException(List.of(new FieldError("inactiveFrom", "person.error.date")));
            }
            people.deactivate(user, id, from.get());
            return Pages.seeOther(PersonUrls.show(id) + "?deactivated=1");
        } catch (PersonInvalidException e) {
            FieldError err = e.errors().get(0);
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, people.get(user, id), null, typed,
                    pages.text(request, err.messageKey(), err.args()));
        }
    }

    @Post(value = "/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, @PathVariable long id) {
        people.reactivate(user(request), id);
        return Pages.seeOther(PersonUrls.show(id) + "?reactivated=1");
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, PersonView person, String notice,
                                 String inactiveFrom, String inactiveFromError) {
        CurrentUser user = user(request);
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("notice", notice);
        model.put("canWrite", PersonService.canWrite(user));
        model.put("editUrl", PersonUrls.edit(person.id()));
        model.put("deactivateUrl", PersonUrls.deactivate(person.id()));
        model.put("reactivateUrl", PersonUrls.reactivate(person.id()));
        model.put("inactiveFrom", inactiveFrom);
        model.put("inactiveFromError", inactiveFromError);
        return pages.render(status, request, "org/person-show", model);
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
