package vn.hocluat.contest.stats;

import jakarta.inject.Singleton;
import vn.hocluat.platform.pdf.HtmlPdf;
import vn.hocluat.platform.pdf.QrCodes;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Templates;

import java.util.HashMap;
import java.util.Map;

/**
 * The participation certificate as a PDF, always in Vietnamese: views/contest/cert-pdf.hbs (XHTML,
 * A4 landscape, the learning certificate's frame) drawn by {@link HtmlPdf} with Noto Serif embedded
 * and a QR code of the verification address.
 */
@Singleton
class ParticipationPdf {
    private static final String TEMPLATE = "contest/cert-pdf";

    private final Templates templates;
    private final HtmlPdf pdf;

    ParticipationPdf(Templates templates, HtmlPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    byte[] render(Participation cert, String verifyUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("cert", cert);
        model.put("rounds", cert.roundList());
        model.put("birthDate", Dates.format(cert.birthDate()));
        model.put("issuedOn", Dates.format(cert.issuedOn()));
        model.put("verifyUrl", verifyUrl);
        model.put("qr", QrCodes.pngDataUri(verifyUrl));
        return pdf.render(templates.render(TEMPLATE, model, Messages.VI, Map.of()), "participation certificate " + cert.code());
    }
}
