package vn.hocluat.learning.player;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.platform.web.Pages;

import java.util.Optional;
import java.util.Set;

/**
 * A course's file (video, audio, document, image) for whoever may view the course: range requests
 * for players (206 with Content-Range, 416 outside the file), ETag = the file's SHA-256 for
 * revalidation, private caching. Types outside the known media list are downloads only; PDF is
 * shown inline and may be framed by the lesson page (same origin); DOCX is a download.
 */
@Hidden
@Controller(PlayerUrls.CATALOGUE + "/{slug}/media/{name}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class MediaController {
    private static final String PDF = "application/pdf";
    /** Shown inline (played, displayed); anything else is sent as a download of bytes. */
    private static final Set<String> INLINE = Set.of("video/mp4", "video/webm", "audio/mpeg", "audio/mp4", "audio/x-m4a",
            "audio/ogg", "image/png", "image/jpeg", "image/webp", PDF);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MediaFiles files;
    private final MediaStore store;

    MediaController(MediaFiles files, MediaStore store) {
        this.files = files;
        this.store = store;
    }

    @Get(produces = MediaType.ALL)
    HttpResponse<?> get(HttpRequest<?> request, @PathVariable String slug, @PathVariable String name) {
        MediaFiles.File found = files.find(Pages.currentUser(request).orElse(null), slug, name);
        MediaStore.Media file = found.media();
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH))) {
            return headers(HttpResponse.notModified(), file, etag);
        }
        String ifRange = request.getHeaders().get(HttpHeaders.IF_RANGE);
        Optional<MediaRange> range = ifRange == null || ifRange.equals(etag)
                ? MediaRange.parse(request.getHeaders().get(HttpHeaders.RANGE), file.size()) : Optional.empty();
        if (range.isPresent() && range.get() == MediaRange.UNSATISFIABLE) {
            return headers(HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE), file, etag)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
        }
        MediaRange r = range.orElse(new MediaRange(0, file.size() - 1));
        long length = file.size() == 0 ? 0 : r.length();
        StreamedFile body = new StreamedFile(new MediaStream(store, file.id(), r.first(), length), MediaType.of(type(file)), found.storedAt(), length);
        MutableHttpResponse<StreamedFile> response = headers(HttpResponse.status(range.isPresent() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK), file, etag);
        if (range.isPresent()) {
            response.header(HttpHeaders.CONTENT_RANGE, "bytes " + r.first() + "-" + r.last() + "/" + file.size());
        }
        return response.body(body);
    }

    private static <T> MutableHttpResponse<T> headers(MutableHttpResponse<T> response, MediaStore.Media file, String etag) {
        String type = type(file);
        response.header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(type) + "; filename=\"" + file.name() + "\"");
        if (PDF.equals(type)) {
            // the lesson page shows the PDF in a frame: allow framing by this site only (see SecurityHeadersFilter)
            response.header("X-Frame-Options", "SAMEORIGIN");
        }
        return response;
    }

    private static String type(MediaStore.Media file) {
        String t = file.contentType() == null ? "" : file.contentType().toLowerCase().strip();
        return INLINE.contains(t) || DOCX.equals(t) ? t : MediaType.APPLICATION_OCTET_STREAM;
    }

    private static String disposition(String type) {
        return INLINE.contains(type) ? "inline" : "attachment";
    }
}
