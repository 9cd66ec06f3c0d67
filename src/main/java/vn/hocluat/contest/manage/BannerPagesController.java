package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.Pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Uploading (or replacing) and removing the contest banner; the image itself is served by BannerImageController. */
@Hidden
@Controller("/contests/manage/{id}/banner")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class BannerPagesController {
    private final BannerService banners;
    private final ContestPage page;

    BannerPagesController(BannerService banners, ContestPage page) {
        this.banners = banners;
        this.page = page;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @PathVariable long id, @Nullable @Part("file") CompletedFileUpload file) {
        try {
            banners.upload(ContestPage.user(request), id, file == null ? null : bytes(file));
            return Pages.seeOther("/contests/manage/" + id + "#banner");
        } catch (ContestInvalid e) {
            return page.render(request, id, HttpStatus.UNPROCESSABLE_ENTITY,
                    Map.of("bannerError", page.localised(request, e).get("banner")));
        }
    }

    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable long id) {
        banners.remove(ContestPage.user(request), id);
        return Pages.seeOther("/contests/manage/" + id + "#banner");
    }

    private static byte[] bytes(CompletedFileUpload file) {
        if (file.getSize() > BannerService.MAX_BYTES) {
            throw new ContestInvalid(Map.of("banner", "contest.organiser.banner.tooLarge"));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
