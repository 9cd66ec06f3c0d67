package vn.hocluat.contest.manage;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/**
 * The public banner image at /thi/anh/{contestId} (the landing page's img and og:image). A
 * published contest's banner is cached by browsers and proxies for 10 minutes, then revalidated
 * with its ETag (a replaced banner shows within 10 minutes); a draft's is private and not stored.
 */
@Hidden
@Controller("/thi/anh")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BannerImageController {
    private final BannerService banners;

    BannerImageController(BannerService banners) {
        this.banners = banners;
    }

    @Get("/{contestId}")
    HttpResponse<?> image(HttpRequest<?> request, @PathVariable long contestId) {
        BannerService.Banner b = banners.read(contestId, Pages.currentUser(request)).orElseThrow(Problem::notFound);
        String etag = "\"b" + contestId + "-" + b.version() + "\"";
        String cache = b.published() ? "public, max-age=600" : "private, no-store";
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return HttpResponse.status(HttpStatus.NOT_MODIFIED).header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cache);
        }
        return HttpResponse.ok(b.bytes()).contentType(b.contentType()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cache);
    }
}
