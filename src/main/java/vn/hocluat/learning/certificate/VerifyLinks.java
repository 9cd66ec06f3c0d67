package vn.hocluat.learning.certificate;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.PublicUrl;

/**
 * The absolute verification address printed in a certificate's QR code: under
 * {@code hocluat.public-url} when set (what people reach from outside), else under the scheme and
 * host the request came in on.
 */
@Singleton
class VerifyLinks {
    private final PublicUrl publicUrl;

    VerifyLinks(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    String verifyUrl(HttpRequest<?> request, String code) {
        return publicUrl.base(request) + CertificateUrls.verify(code);
    }
}
