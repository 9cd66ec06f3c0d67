package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.ImportRefusal;
import vn.hocluat.platform.web.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Uploading an activity's attendance sheet (CSV/XLSX, all or nothing) and its CSV template. */
@Hidden
@Controller(ActivityUrls.LIST + "/{id}/upload")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ParticipantUploadController {
    private final Pages pages;
    private final ActivityService activities;
    private final ParticipantUploadService uploads;

    ParticipantUploadController(Pages pages, ActivityService activities, ParticipantUploadService uploads) {
        this.pages = pages;
        this.activities = activities;
        this.uploads = uploads;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long id) {
        ActivityView activity = activities.writable(ActivitiesController.user(request), id);
        return pages.ok(request, "training/activity-upload", Map.of("activity", activity));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @PathVariable long id, @Nullable @Part("file") CompletedFileUpload file) {
        ActivityView activity = activities.writable(ActivitiesController.user(request), id);
        boolean chosen = file != null && (file.getSize() > 0 || (file.getFilename() != null && !file.getFilename().isBlank()));
        ParticipantUploadService.Result result;
        try {
            result = uploads.upload(ActivitiesController.user(request), id, chosen ? file.getFilename() : null,
                    chosen ? file.getBytes() : null, pages.locale(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.ok()) {
            return Pages.seeOther(ActivityUrls.show(id) + "?uploaded=" + result.written() + "#participants");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("activity", activity);
        ImportRefusal.put(model, pages, request, result.errors());
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "training/activity-upload", model);
    }

    /** A CSV (UTF-8 with a byte-order mark, for Excel) with the three columns and example rows. */
    @Get("/template.csv")
    HttpResponse<?> template(HttpRequest<?> request, @PathVariable long id) {
        activities.writable(ActivitiesController.user(request), id);
        String csv = "\uFEFF" + pages.text(request, "activity.upload.template.header") + "\r\n"
                + pages.text(request, "activity.upload.template.example") + "\r\n";
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + pages.text(request, "activity.upload.template.file") + ".csv\"")
                .header("Cache-Control", "no-store");
    }
}
