package vn.hocluat.assessment.format;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes questions in the layout of the organisers' template, one row each, so that
 * {@link XlsxQuestionReader} reads them back. The sheet keeps type, text, options, right
 * answer(s), explanation, topic, difficulty and tags. It has no place for titles, text format
 * (it reads back as plain text), per-option feedback, custom weights (MULTIPLE reads back with
 * equal weights and equal penalties, SINGLE with 0 for every wrong option), exact matching,
 * partial-credit short answers (only the 100% ones are written, joined by "; ") or more than one
 * numeric answer (the first 100% one is written as value and tolerance). MATCHING questions and
 * questions with more than six options cannot be written at all: they are left out and listed.
 */
@Singleton
public class XlsxQuestionWriter {
    /** A question left out: its 0-based position in the list and the message key saying why. */
    public record Skipped(int position, String messageKey) {
    }

    /** The workbook, how many questions it holds, and the ones it could not hold. */
    public record Result(byte[] content, int written, List<Skipped> skipped) {
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private final Messages messages;
    private final XlsxValues values;

    public XlsxQuestionWriter(Messages messages) {
        this.messages = messages;
        this.values = new XlsxValues(messages);
    }

    public Result write(List<ParsedQuestion> questions) {
        return write(questions, wb -> { });
    }

    /** As {@link #write(List)}, letting {@code more} add sheets after the question sheet. */
    Result write(List<ParsedQuestion> questions, Consumer<Workbook> more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Skipped> skipped = new ArrayList<>();
        int written = 0;
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet sheet = wb.newWorksheet(messages.get(Messages.VI, "qformat.xlsx.sheet"));
            XlsxColumn[] columns = XlsxColumn.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].header(messages));
                sheet.width(c, c == 0 ? 60 : XlsxColumn.OPTIONS.contains(columns[c]) ? 30 : 18);
            }
            sheet.range(0, 0, 0, columns.length - 1).style().bold().wrapText(true).set();
            sheet.freezePane(0, 1);
            for (int i = 0; i < questions.size(); i++) {
                String problem = problem(questions.get(i).content());
                if (problem != null) {
                    skipped.add(new Skipped(i, problem));
                    continue;
                }
                written++;
                row(sheet, written, questions.get(i));
            }
            more.accept(wb);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out.toByteArray(), written, List.copyOf(skipped));
    }

    private static String problem(QuestionContent c) {
        if (c.type() == QuestionType.MATCHING) {
            return "qformat.export.matchingNotInXlsx";
        }
        boolean options = c.type() == QuestionType.SINGLE || c.type() == QuestionType.MULTIPLE;
        return options && c.choices().size() > XlsxColumn.OPTIONS.size() ? "qformat.export.tooManyOptions" : null;
    }

    private void row(Worksheet sheet, int r, ParsedQuestion q) {
        QuestionContent c = q.content();
        Map<XlsxColumn, Object> cells = new EnumMap<>(XlsxColumn.class);
        cells.put(XlsxColumn.QUESTION, c.text());
        cells.put(XlsxColumn.TYPE, values.typeLabel(c.type(), Messages.VI));
        switch (c.type()) {
            case SINGLE, MULTIPLE -> {
                List<String> right = new ArrayList<>();
                for (int i = 0; i < c.choices().size(); i++) {
                    Choice ch = c.choices().get(i);
                    cells.put(XlsxColumn.OPTIONS.get(i), ch.text());
                    if (ch.weight() > 0) {
                        right.add(XlsxColumn.OPTIONS.get(i).letter());
                    }
                }
                cells.put(XlsxColumn.ANSWER, String.join(";", right));
            }
            case TRUE_FALSE -> cells.put(XlsxColumn.ANSWER, values.truthLabel(c.choices().stream()
                    .anyMatch(ch -> ch.text().equals("true") && ch.weight() == 100)));
            case SHORT_ANSWER -> cells.put(XlsxColumn.ANSWER, String.join("; ",
                    c.choices().stream().filter(ch -> ch.weight() == 100).map(Choice::text).toList()));
            case NUMERICAL -> c.numeric().stream().filter(n -> n.weight() == 100).findFirst().ifPresent(n -> {
                cells.put(XlsxColumn.ANSWER, simplest(n.min().add(n.max()).divide(TWO)));
                cells.put(XlsxColumn.TOLERANCE, simplest(n.max().subtract(n.min()).divide(TWO)));
            });
            case MATCHING -> throw new IllegalStateException("MATCHING questions are skipped before writing");
        }
        cells.put(XlsxColumn.EXPLANATION, c.generalFeedback());
        cells.put(XlsxColumn.TOPIC, q.category());
        cells.put(XlsxColumn.DIFFICULTY, q.difficulty() == null ? null : values.difficultyLabel(q.difficulty()));
        cells.put(XlsxColumn.TAGS, q.tags().isEmpty() ? null : String.join("; ", q.tags()));
        cells.forEach((column, value) -> {
            if (value instanceof BigDecimal n) {
                sheet.value(r, column.ordinal(), n);
            } else if (value != null && !value.toString().isEmpty()) {
                sheet.value(r, column.ordinal(), value.toString());
            }
        });
        sheet.range(r, 0, r, XlsxColumn.values().length - 1).style().wrapText(true).verticalAlignment("top").set();
    }

    /** Without trailing zeros, but never in exponent form (2E+3 would be written as 2E+3). */
    private static BigDecimal simplest(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
