package vn.hocluat.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** The front page: an introduction for visitors, the way into each feature for staff. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class HomeController {
    private final Pages pages;

    HomeController(Pages pages) {
        this.pages = pages;
    }

    @Get
    HttpResponse<?> home(HttpRequest<?> request) {
        return pages.ok(request, "platform/home", Map.of());
    }
}
