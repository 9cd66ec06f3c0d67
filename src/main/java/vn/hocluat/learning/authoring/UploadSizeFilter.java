package vn.hocluat.learning.authoring;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.channel.ChannelHandlerContext;
import vn.hocluat.platform.web.ErrorResponses;

import java.util.concurrent.TimeUnit;

/**
 * Request body limits by route. The server accepts bodies up to micronaut.server.max-request-size so
 * that course videos can be uploaded in the authoring pages (up to the largest
 * hocluat.learning.max-*-mb); every other route keeps hocluat.uploads.max-mb (20 MB). A declared
 * length over the limit is refused with the friendly 413 before the body is read; the connection
 * then lingers briefly so the browser reads the answer (as platform ErrorHandlers does).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class UploadSizeFilter implements Ordered {
    private static final int LINGER_SECONDS = 2;
    /** Form fields beside the file: a generous allowance over the file limit. */
    private static final long FIELDS_ALLOWANCE = 1024L * 1024L;

    private final long defaultLimit;
    private final int authoringMb;
    private final ErrorResponses errors;

    UploadSizeFilter(@Value("${hocluat.uploads.max-mb:20}") int maxMb, MediaLimits limits, ErrorResponses errors) {
        this.defaultLimit = maxMb * 1024L * 1024L;
        this.authoringMb = Math.max(maxMb, limits.largestMb());
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= defaultLimit) {
            return null;
        }
        boolean authoring = request.getPath().startsWith(AuthorUrls.LIST + "/");
        if (authoring && length <= authoringMb * 1024L * 1024L + FIELDS_ALLOWANCE) {
            return null;
        }
        if (request instanceof NettyHttpRequest<?> netty) {
            ChannelHandlerContext ctx = netty.getChannelHandlerContext();
            ctx.executor().schedule(() -> ctx.channel().close(), LINGER_SECONDS, TimeUnit.SECONDS);
        }
        return authoring
                ? errors.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "author.upload.tooLarge", authoringMb)
                : errors.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.tooLarge");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
