package vn.hocluat.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** A file the browser saves rather than shows (exports, templates, certificates). */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** {@code filename} must be a plain name (ASCII letters, digits, '.', '-', '_'): it goes into the header as it is. */
    public static MutableHttpResponse<byte[]> attachment(byte[] body, String contentType, String filename) {
        return HttpResponse.ok(body).contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
