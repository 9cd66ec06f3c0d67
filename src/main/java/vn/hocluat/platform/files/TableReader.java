package vn.hocluat.platform.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import vn.hocluat.platform.text.Dates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads an uploaded CSV (UTF-8, comma or semicolon) or XLSX (first sheet) into a {@link Table}.
 * The format comes from the file name and is checked against the content, so a text file named
 * .xlsx is refused with a message instead of an exception. Date cells become dd/MM/yyyy text.
 */
public final class TableReader {
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    // without cell formats fastexcel reports no format at all, and date cells would read as serial numbers
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private TableReader() {
    }

    public static Table read(String filename, byte[] content) throws TableFormatException {
        if (content == null || content.length == 0) {
            throw new TableFormatException("file.empty");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, ZIP_MAGIC)) {
                throw new TableFormatException("file.notXlsx");
            }
            return nonEmpty(readXlsx(content));
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (startsWith(content, ZIP_MAGIC)) {
                throw new TableFormatException("file.xlsxNamedCsv");
            }
            return nonEmpty(readCsv(content));
        }
        throw new TableFormatException("file.unknownFormat", filename == null ? "" : filename);
    }

    private static Table readCsv(byte[] content) throws TableFormatException {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreSurroundingSpaces(true).build();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                List<String> cells = r.toList().stream().map(s -> s == null ? "" : s.trim()).toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Table.Row((int) r.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TableFormatException("file.badCsv", e.getMessage() == null ? "" : e.getMessage());
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    private static Table readXlsx(byte[] content) throws TableFormatException {
        try (InputStream in = new ByteArrayInputStream(content); ReadableWorkbook wb = new ReadableWorkbook(in, WITH_FORMATS)) {
            Sheet sheet = wb.getFirstSheet();
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            // a workbook has a handful of number formats but may have 100,000s of number cells
            Map<String, Boolean> dateFormats = new HashMap<>();
            try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                for (org.dhatim.fastexcel.reader.Row r : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(text(r.getCell(i), dateFormats));
                    }
                    if (header == null) {
                        header = cells;
                    } else {
                        rows.add(new Table.Row(r.getRowNum(), cells));
                    }
                }
            }
            return new Table(header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged or non-XLSX zip with various exceptions; all mean the same to the user
            throw new TableFormatException("file.notXlsx");
        }
    }

    private static String text(Cell cell, Map<String, Boolean> dateFormats) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> numberText(cell, dateFormats);
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText().trim();
        };
    }

    /** Excel keeps dates as numbers; a cell formatted as a date becomes dd/MM/yyyy, a whole number loses ".0". */
    private static String numberText(Cell cell, Map<String, Boolean> dateFormats) {
        String format = cell.getDataFormatString();
        if (format != null && dateFormats.computeIfAbsent(format, TableReader::isDateFormat)
                || isBuiltInDateFormat(cell.getDataFormatId())) {
            return Dates.format(cell.asDate().toLocalDate());
        }
        java.math.BigDecimal n = cell.asNumber();
        try {
            return n.toBigIntegerExact().toString();
        } catch (ArithmeticException notWhole) {
            return n.stripTrailingZeros().toPlainString();
        }
    }

    /** Excel's built-in date formats (14–17, and 22 with a time) are referenced by id without a format string. */
    private static boolean isBuiltInDateFormat(Integer id) {
        return id != null && (id >= 14 && id <= 17 || id == 22);
    }

    private static boolean isDateFormat(String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return f.contains("d") && f.contains("y") || f.contains("m") && f.contains("y");
    }

    private static String decodeUtf8(byte[] content) throws TableFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new TableFormatException("file.notUtf8");
        }
    }

    private static Table nonEmpty(Table table) throws TableFormatException {
        if (table.header().isEmpty() || table.header().stream().allMatch(String::isBlank)) {
            throw new TableFormatException("file.noHeader");
        }
        List<Table.Row> rows = table.rows().stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new TableFormatException("file.noRows");
        }
        return new Table(table.header(), rows);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
