package vn.hocluat.learning.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a person (or a phone camera) gets from a certificate PDF: its text, its fonts, its page as an image, the QR code's content. */
public record PdfReading(byte[] pdf, int pages, float width, float height, String text, List<String> fonts, List<String> notEmbedded,
                  BufferedImage image) {

    public static PdfReading of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                if (!font.isEmbedded()) {
                    notEmbedded.add(font.getName());
                }
            }
            return new PdfReading(pdf, doc.getNumberOfPages(), page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                    new PDFTextStripper().getText(doc), fonts, notEmbedded, new PDFRenderer(doc).renderImageWithDPI(0, 150));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the QR code on the page, read as a phone camera would: from the 150 dpi image, and, as a
     * camera tries frame after frame at other distances, at 200 and 100 dpi. ZXing's finder-pattern detector
     * misses about 1 valid symbol in 70 at any one scale (7 of 500 random certificate addresses), not the
     * same one at another.
     */
    public String qr() {
        NotFoundException missed = null;
        for (int dpi : new int[] {150, 200, 100}) {
            try {
                return decode(dpi == 150 ? image : rendered(dpi));
            } catch (NotFoundException e) {
                missed = e;
            }
        }
        throw new AssertionError("no QR code found on the rendered page", missed);
    }

    private BufferedImage rendered(int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(BufferedImage page) throws NotFoundException {
        int w = page.getWidth();
        int h = page.getHeight();
        var source = new RGBLuminanceSource(w, h, page.getRGB(0, 0, w, h, null, 0, w));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
    }

    /** Writes the PDF and its first page as an image under target/ for a person to look at. */
    public void save(String name) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", name + ".pdf"), pdf);
            ImageIO.write(image, "png", Path.of("target", name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
