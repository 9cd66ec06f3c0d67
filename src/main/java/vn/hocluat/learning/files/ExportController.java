package vn.hocluat.learning.files;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

/** Download of a course as a zip of its courses/ folder (unzip it into courses/ to import it). */
@Hidden
@Controller("/courses")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportController {
    private final CourseExports exports;

    ExportController(CourseExports exports) {
        this.exports = exports;
    }

    @Get("/{id}/export.zip")
    HttpResponse<?> zip(HttpRequest<?> request, @PathVariable long id) {
        CourseExports.Zip zip = exports.zip(Pages.currentUser(request).orElseThrow(Problem::forbidden), id);
        return HttpResponse.ok(zip.bytes()).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + zip.slug() + ".zip\"")
                .header("Cache-Control", "no-store");
    }
}
