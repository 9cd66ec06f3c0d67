package vn.hocluat.assessment.format;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.assessment.format.FormatTesting.c;
import static vn.hocluat.assessment.format.FormatTesting.n;

/** The XLSX template and export: what the reader gets back, and what the sheet cannot hold. */
class XlsxQuestionWriterTest {
    private final Messages messages = new Messages();
    private final XlsxQuestionWriter writer = new XlsxQuestionWriter(messages);
    private final XlsxQuestionReader reader = new XlsxQuestionReader(messages);

    private static List<ParsedQuestion> withoutLines(List<ParsedQuestion> questions) {
        return questions.stream().map(q -> new ParsedQuestion(0, q.category(), q.difficulty(), q.tags(), q.content())).toList();
    }

    @Test
    void the_template_read_back_gives_its_three_example_questions() {
        byte[] template = new XlsxQuestionTemplate(messages, writer).write(Messages.VI);
        ParseResult read = reader.read(template);
        assertEquals(List.of(), read.errors());
        List<ParsedQuestion> examples = XlsxQuestionTemplate.examples().questions();
        assertEquals(withoutLines(examples), withoutLines(read.questions()));
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE),
                read.questions().stream().map(q -> q.content().type()).toList());
        assertEquals(List.of(c("14/2012/QH13", 100), c("35/2013/QH13", 0), c("80/2015/QH13", 0), c("14/2012/QH12", 0)),
                read.questions().get(0).content().choices());
        assertEquals("Luật Phổ biến, giáo dục pháp luật năm 2012 có hiệu lực thi hành từ ngày 01/01/2013.",
                read.questions().get(2).content().text());
    }

    @Test
    void the_template_has_a_bold_vietnamese_header_and_a_guide_sheet_for_every_column() throws IOException {
        byte[] template = new XlsxQuestionTemplate(messages, writer).write(Messages.VI);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Câu hỏi", "Hướng dẫn"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(List.of("Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Phương án E",
                    "Phương án F", "Đáp án đúng", "Loại câu hỏi", "Sai số", "Giải thích", "Chủ đề", "Độ khó", "Thẻ"),
                    rows.get(0).stream().map(cell -> cell.getText()).toList());
            assertEquals(4, rows.size());
            List<String> guideColumn = sheets.get(1).read().stream().map(r -> r.getCellText(0)).toList();
            assertTrue(guideColumn.containsAll(rows.get(0).stream().map(cell -> cell.getText()).toList()), guideColumn.toString());
            assertTrue(guideColumn.contains("Trả lời ngắn"), guideColumn.toString());
        }
        assertTrue(headerIsBold(template), "a bold font for the header");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(
                new XlsxQuestionTemplate(messages, writer).write(Messages.EN)))) {
            assertEquals(List.of("Câu hỏi", "Guide"), wb.getSheets().map(Sheet::getName).toList());
        }
    }

    @Test
    void export_reads_back_every_type_the_sheet_can_hold_and_lists_the_others() {
        QuestionContent matching = new QuestionContent(QuestionType.MATCHING, null, "Ghép", TextFormat.MARKDOWN, List.of(), List.of(),
                List.of(new MatchPair("Điều 3", "Phạm vi"), new MatchPair("Điều 7", "Tiêu chuẩn")), null, false);
        QuestionContent seven = plain(QuestionType.SINGLE, "Bảy phương án", List.of(c("1", 100), c("2", 0), c("3", 0), c("4", 0),
                c("5", 0), c("6", 0), c("7", 0)));
        List<ParsedQuestion> bank = List.of(
                q(plain(QuestionType.SINGLE, "Một đáp án", List.of(c("a", 0), c("b", 100), c("c", 0)))),
                q(matching),
                q(plain(QuestionType.MULTIPLE, "Ba đúng", List.of(c("a", 34), c("b", 33), c("c", 33), c("d", -100)))),
                q(plain(QuestionType.TRUE_FALSE, "Sai", List.of(c("true", 0), c("false", 100)))),
                q(plain(QuestionType.SHORT_ANSWER, "Ngắn", List.of(c("9/11", 100), c("09/11", 100)))),
                q(new QuestionContent(QuestionType.NUMERICAL, null, "Số", TextFormat.PLAIN, List.of(),
                        List.of(n("2012.5", "2013.5", 100)), List.of(), null, false)),
                q(seven),
                q(new QuestionContent(QuestionType.NUMERICAL, null, "Số tròn chục", TextFormat.PLAIN, List.of(),
                        List.of(n("2000", "2020", 100)), List.of(), null, false)));
        XlsxQuestionWriter.Result result = writer.write(bank);
        assertEquals(6, result.written());
        assertEquals(List.of(new XlsxQuestionWriter.Skipped(1, "qformat.export.matchingNotInXlsx"),
                new XlsxQuestionWriter.Skipped(6, "qformat.export.tooManyOptions")), result.skipped());
        ParseResult back = reader.read(result.content());
        assertEquals(List.of(), back.errors());
        assertEquals(withoutLines(List.of(bank.get(0), bank.get(2), bank.get(3), bank.get(4), bank.get(5), bank.get(7))),
                withoutLines(back.questions()));
    }

    private static ParsedQuestion q(QuestionContent content) {
        return new ParsedQuestion(0, "Hòa giải ở cơ sở", Difficulty.MEDIUM, List.of("HGCS", "Điều 7"), content);
    }

    private static QuestionContent plain(QuestionType type, String text, List<vn.hocluat.assessment.question.Choice> choices) {
        return new QuestionContent(type, null, text, TextFormat.PLAIN, choices, List.of(), List.of(), "Giải thích", false);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("template", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Whether the font of the first header cell is bold: sheet cell style → cellXfs entry → font. */
    private static boolean headerIsBold(byte[] xlsx) throws IOException {
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        String styles = entry(xlsx, "xl/styles.xml");
        Matcher cell = Pattern.compile("<c r=\"A1\"[^>]* s=\"(\\d+)\"").matcher(sheet);
        if (!cell.find()) {
            return false;
        }
        String xfs = styles.substring(styles.indexOf("<cellXfs"));
        List<String> xf = Pattern.compile("<xf [^>]*>").matcher(xfs).results().map(m -> m.group()).toList();
        Matcher font = Pattern.compile("fontId=\"(\\d+)\"").matcher(xf.get(Integer.parseInt(cell.group(1))));
        List<String> fonts = Pattern.compile("<font>.*?</font>|<font/>").matcher(styles).results().map(m -> m.group()).toList();
        return font.find() && fonts.get(Integer.parseInt(font.group(1))).contains("<b/>");
    }
}
