package vn.hocluat.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** /api/docs: the browsable API documentation (Swagger UI over the spec generated at build time). */
@Hidden
@Controller("/api/docs")
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    @Get
    HttpResponse<?> docs() {
        return Pages.seeOther("/swagger/views/swagger-ui/index.html");
    }
}
