package vn.hocluat.learning.certificate;

import jakarta.inject.Singleton;
import vn.hocluat.platform.pdf.HtmlPdf;
import vn.hocluat.platform.pdf.QrCodes;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Templates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The certificate as a PDF: views/learning/cert-pdf.hbs (XHTML, A4 landscape) rendered by
 * {@link HtmlPdf} (Noto Serif embedded) in the course's language, with a QR code of the verification address.
 */
@Singleton
class CertificatePdf {
    private static final String TEMPLATE = "learning/cert-pdf";

    private final Templates templates;
    private final HtmlPdf pdf;

    CertificatePdf(Templates templates, HtmlPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(Certificate certificate, String verifyUrl) {
        Locale locale = Messages.supported(Locale.forLanguageTag(certificate.language()));
        Map<String, Object> model = new HashMap<>();
        model.put("cert", certificate);
        model.put("verifyUrl", verifyUrl);
        model.put("qr", QrCodes.pngDataUri(verifyUrl));
        model.put("issuedDay", String.format("%02d", certificate.issuedOn().getDayOfMonth()));
        model.put("issuedMonth", String.format("%02d", certificate.issuedOn().getMonthValue()));
        model.put("issuedYear", String.valueOf(certificate.issuedOn().getYear()));
        return pdf.render(templates.render(TEMPLATE, model, locale, Map.of()), "certificate " + certificate.code());
    }
}
