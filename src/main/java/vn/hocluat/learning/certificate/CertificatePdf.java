package vn.hocluat.learning.certificate;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The certificate as a PDF: views/learning/cert-pdf.hbs (XHTML, A4 landscape) rendered by
 * openhtmltopdf in the course's language, with Noto Serif embedded (subset) so every Vietnamese
 * letter prints the same on every machine, and a QR code of the verification address.
 */
@Singleton
class CertificatePdf {
    static final String FONT_FAMILY = "Noto Serif";
    private static final String TEMPLATE = "learning/cert-pdf";

    private final Templates templates;
    private final byte[] regular = font("NotoSerif-Regular.ttf");
    private final byte[] bold = font("NotoSerif-Bold.ttf");

    CertificatePdf(Templates templates) {
        this.templates = templates;
        XRLog.setLoggerImpl(new PdfLog());
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
        String html = templates.render(TEMPLATE, model, locale, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("HọcLuật");
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.code() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
