package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.FormatError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded or pasted text file (GIFT, Aiken) as lines: refused above 5 MB and when it is not
 * UTF-8, without its byte-order mark, with CRLF, CR and LF all ending a line.
 */
final class TextFile {
    /** The largest import file accepted, in bytes (an XLSX included). */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private TextFile() {
    }

    /** The lines of the file, or the one error that keeps it from being read at all. */
    record Lines(List<String> lines, Optional<FormatError> error) {
        static Lines refused(FormatError error) {
            return new Lines(List.of(), Optional.of(error));
        }
    }

    static Lines read(byte[] content) {
        if (content == null) {
            return new Lines(List.of(), Optional.empty());
        }
        if (content.length > MAX_BYTES) {
            return Lines.refused(tooLarge(content.length));
        }
        try {
            return new Lines(lines(strictUtf8().decode(ByteBuffer.wrap(content)).toString()), Optional.empty());
        } catch (CharacterCodingException e) {
            return Lines.refused(notUtf8(content));
        }
    }

    static Lines read(String text) {
        if (text == null) {
            return new Lines(List.of(), Optional.empty());
        }
        long bytes = utf8Length(text);
        if (bytes > MAX_BYTES) {
            return Lines.refused(tooLarge(bytes));
        }
        return new Lines(lines(text), Optional.empty());
    }

    static FormatError tooLarge(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.UP);
        return new FormatError(1, "qformat.fileTooLarge", mb.toPlainString(), MAX_BYTES / (1024 * 1024));
    }

    static List<String> lines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Arrays.asList(t.split("\r\n|\r|\n", -1));
    }

    /** The first line holding bytes that are not UTF-8, and how many lines do. */
    private static FormatError notUtf8(byte[] content) {
        int line = 1;
        int firstBad = 0;
        int badLines = 0;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (!decodes(content, start, i - start)) {
                    badLines++;
                    firstBad = firstBad == 0 ? line : firstBad;
                }
                line++;
                start = i + 1;
            }
        }
        return new FormatError(Math.max(firstBad, 1), "qformat.notUtf8", Math.max(badLines, 1));
    }

    private static boolean decodes(byte[] content, int offset, int length) {
        try {
            strictUtf8().decode(ByteBuffer.wrap(content, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
