package vn.hocluat.assessment.format;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocluat.assessment.format.FormatTesting.c;

/** The organisers' sheet: every type, real number and date cells, headers without diacritics, and every bad row. */
class XlsxQuestionReaderTest {
    private static final List<String> HEADER = List.of("Câu hỏi", "Phuong an A", "Phương án B", "PHƯƠNG ÁN C", "Phương án D",
            "Đáp án đúng", "Loại câu hỏi", "Sai số", "Giải thích", "Chủ đề", "Độ khó", "Thẻ");
    private final XlsxQuestionReader reader = new XlsxQuestionReader(new Messages());

    /** A sheet with {@link #HEADER}; each row lists its cells in header order (null = empty, Number and LocalDate typed). */
    static byte[] workbook(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet sheet = wb.newWorksheet("Câu hỏi");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                    sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                } else if (v != null) {
                    sheet.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static QuestionContent plain(QuestionType type, String text, List<vn.hocluat.assessment.question.Choice> choices,
                                         List<NumericAnswer> numeric, String explanation) {
        return new QuestionContent(type, null, text, TextFormat.PLAIN, choices, numeric, List.of(), explanation, false);
    }

    @Test
    void every_type_with_topic_difficulty_tags_and_real_number_and_date_cells() throws IOException {
        ParseResult r = reader.read(workbook(HEADER, List.of(
                row("Luật Hòa giải ở cơ sở có số hiệu nào?", "14/2012/QH13", "35/2013/QH13", "80/2015/QH13", null, "b", null, null,
                        "Luật số 35/2013/QH13.", "Hòa giải ở cơ sở", "Dễ", "HGCS; số hiệu;HGCS"),
                row("Tiêu chuẩn hòa giải viên (Điều 7)?", "Hiểu biết pháp luật", "Bằng cử nhân luật", "Uy tín trong cộng đồng",
                        "Là đảng viên", "A, C", null, null, null, null, "Trung bình", null),
                row("Tổ hòa giải phải có hòa giải viên nữ.", null, null, null, null, "đúng", null, null, null, null, "HARD", null),
                row("Hòa giải viên là công dân Việt Nam … tại cơ sở.", null, null, null, null, "thường trú; thuong tru",
                        "Trả lời ngắn", null, null, null, null, null),
                row("Luật có hiệu lực năm nào?", null, null, null, null, 2014, "Số", 0.5, null, null, null, null),
                row("Luật có hiệu lực từ ngày nào?", null, null, null, null, LocalDate.of(2014, 1, 1), "trả lời ngắn",
                        null, null, null, null, null),
                row("Số hòa giải viên tối thiểu?", null, null, null, null, "3", "NUMERICAL", "0", null, null, null, null))));
        assertEquals(List.of(), r.errors());
        List<ParsedQuestion> q = r.questions();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), q.stream().map(ParsedQuestion::line).toList());
        assertEquals(new ParsedQuestion(2, "Hòa giải ở cơ sở", Difficulty.EASY, List.of("HGCS", "số hiệu"),
                plain(QuestionType.SINGLE, "Luật Hòa giải ở cơ sở có số hiệu nào?",
                        List.of(c("14/2012/QH13", 0), c("35/2013/QH13", 100), c("80/2015/QH13", 0)), List.of(), "Luật số 35/2013/QH13.")),
                q.get(0));
        assertEquals(plain(QuestionType.MULTIPLE, "Tiêu chuẩn hòa giải viên (Điều 7)?", List.of(c("Hiểu biết pháp luật", 50),
                c("Bằng cử nhân luật", -50), c("Uy tín trong cộng đồng", 50), c("Là đảng viên", -50)), List.of(), null), q.get(1).content());
        assertEquals(Difficulty.MEDIUM, q.get(1).difficulty());
        assertEquals(plain(QuestionType.TRUE_FALSE, "Tổ hòa giải phải có hòa giải viên nữ.",
                List.of(c("true", 100), c("false", 0)), List.of(), null), q.get(2).content());
        assertEquals(Difficulty.HARD, q.get(2).difficulty());
        assertEquals(List.of(c("thường trú", 100), c("thuong tru", 100)), q.get(3).content().choices());
        assertEquals(QuestionType.SHORT_ANSWER, q.get(3).content().type());
        assertEquals(List.of(new NumericAnswer(new BigDecimal("2013.5"), new BigDecimal("2014.5"), 100, null)), q.get(4).content().numeric());
        assertEquals(List.of(c("01/01/2014", 100)), q.get(5).content().choices());
        assertEquals(List.of(new NumericAnswer(new BigDecimal("3"), new BigDecimal("3"), 100, null)), q.get(6).content().numeric());
    }

    @Test
    void every_bad_row_is_reported_with_its_row_number_and_column() throws IOException {
        ParseResult r = reader.read(workbook(HEADER, List.of(
                row("Câu đúng", "a", "b", null, null, "A", null, null, null, null, null, null),
                row(null, "a", "b", null, null, "A", null, null, null, null, null, null),
                row("Chữ cái sai", "a", "b", "c", null, "E", null, null, null, null, null, null),
                row("Một đáp án mà ghi hai", "a", "b", null, null, "A;B", "Một đáp án", null, null, null, null, null),
                row("Hai lỗi một dòng", "a", "b", null, null, null, null, null, null, null, "Rất khó", null),
                row("Bỏ trống B", "a", null, "c", null, "A", null, null, null, null, null, null),
                row("Đúng sai lạ", null, null, null, null, "Có", "Đúng/Sai", null, null, null, null, null),
                row("Số sai", null, null, null, null, "hai nghìn", "Số", -1, null, null, null, null),
                row("Ghép đôi", "a", "b", null, null, "A", "Ghép đôi", null, null, null, null, null),
                row("Không phương án", null, null, null, null, "X", null, null, null, null, null, null),
                row("Đúng/Sai có phương án", "Đúng", "Sai", null, null, "Đúng", "Đúng/Sai", null, null, null, null, null),
                row("Số trong ô đáp án", "a", "b", null, null, 1, null, null, null, null, null, null))));
        assertEquals(List.of(
                new FormatError(3, "qformat.xlsx.emptyText", "Câu hỏi"),
                new FormatError(4, "qformat.xlsx.badLetter", "Đáp án đúng", "E", "C"),
                new FormatError(5, "qformat.xlsx.singleWithSeveral", "Đáp án đúng", "A;B"),
                new FormatError(6, "qformat.xlsx.badDifficulty", "Độ khó", "Rất khó"),
                new FormatError(6, "qformat.xlsx.missingAnswer", "Đáp án đúng"),
                new FormatError(7, "qformat.xlsx.optionGap", "Phương án B", "PHƯƠNG ÁN C"),
                new FormatError(8, "qformat.xlsx.badTrueFalse", "Đáp án đúng", "Có"),
                new FormatError(9, "qformat.xlsx.badNumber", "Đáp án đúng", "hai nghìn"),
                new FormatError(9, "qformat.xlsx.badTolerance", "Sai số", "-1"),
                new FormatError(10, "qformat.xlsx.badType", "Loại câu hỏi", "Ghép đôi"),
                new FormatError(11, "qformat.xlsx.noOptions", "Phuong an A"),
                new FormatError(12, "qformat.xlsx.optionsNotUsed", "Phuong an A", "Đúng/Sai"),
                new FormatError(13, "qformat.xlsx.badLetter", "Đáp án đúng", "1", "B")), r.errors());
        assertEquals(List.of(2), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void english_headers_and_values_are_accepted_too() throws IOException {
        ParseResult r = reader.read(workbook(List.of("Question", "Option A", "Option B", "Correct answer", "Question type", "Difficulty"),
                List.of(row("Q?", "x", "y", "B", "Single choice", "Easy"))));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(c("x", 0), c("y", 100)), r.questions().get(0).content().choices());
        assertEquals(Difficulty.EASY, r.questions().get(0).difficulty());
    }

    @Test
    void a_sheet_without_the_required_columns_is_refused_at_row_1() throws IOException {
        assertEquals(List.of(new FormatError(1, "qformat.xlsx.missingColumn", "Câu hỏi"),
                        new FormatError(1, "qformat.xlsx.missingColumn", "Đáp án đúng")),
                reader.read(workbook(List.of("Nội dung", "Phương án A"), List.of(row("x", "y")))).errors());
    }

    @Test
    void files_that_are_not_workbooks_or_too_large() {
        assertEquals(List.of(new FormatError(1, "file.notXlsx")),
                reader.read("Câu hỏi;Đáp án đúng".getBytes(StandardCharsets.UTF_8)).errors());
        assertEquals(List.of(new FormatError(1, "file.empty")), reader.read(new byte[0]).errors());
        assertEquals(List.of(new FormatError(1, "qformat.fileTooLarge", "5.1", 5)),
                reader.read(new byte[5 * 1024 * 1024 + 7]).errors());
    }
}
