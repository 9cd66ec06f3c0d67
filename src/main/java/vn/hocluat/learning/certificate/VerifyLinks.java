package vn.hocluat.learning.certificate;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/**
 * The absolute verification address printed in a certificate's QR code: under
 * {@code hocluat.public-url} when set (what people reach from outside), else under the scheme and
 * host the request came in on.
 */
@Singleton
class VerifyLinks {
    private final String publicUrl;
    private final HttpHostResolver hosts;

    VerifyLinks(@Value("${hocluat.public-url:}") String publicUrl, HttpHostResolver hosts) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
        this.hosts = hosts;
    }

    String verifyUrl(HttpRequest<?> request, String code) {
        String base = publicUrl.isEmpty() ? hosts.resolve(request) : publicUrl;
        return base + CertificateUrls.verify(code);
    }
}
