package vn.hocluat.platform.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf, with Noto Serif (regular and bold, classpath:/fonts) embedded as a
 * subset so every Vietnamese letter prints the same on every machine. Documents name the font
 * family {@value #FONT_FAMILY} in their CSS. Used by certificates and plan reports.
 */
@Singleton
public class HtmlPdf {
    public static final String FONT_FAMILY = "Noto Serif";

    private final byte[] regular = font("NotoSerif-Regular.ttf");
    private final byte[] bold = font("NotoSerif-Bold.ttf");

    HtmlPdf() {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /** The PDF of a well-formed XHTML document; {@code what} names it in the exception if it cannot be drawn. */
    public byte[] render(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont((FSSupplier<InputStream>) () -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("HọcLuật");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
