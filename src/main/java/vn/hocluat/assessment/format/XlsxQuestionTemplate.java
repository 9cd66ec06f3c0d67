package vn.hocluat.assessment.format;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.web.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The downloadable XLSX template: the question sheet with its Vietnamese headers in bold and three
 * example rows (a single-choice, a multiple-choice and a true/false question about the Law on Legal
 * Dissemination and Education 2012, kept as GIFT in assessment/xlsx-template-examples.gift), and a
 * guide sheet that explains each column and its accepted values in the reader's language.
 */
@Singleton
public class XlsxQuestionTemplate {
    static final String EXAMPLES = "/assessment/xlsx-template-examples.gift";
    private static final List<String> RULES = List.of("qformat.xlsx.guide.rule.rows",
            "qformat.xlsx.guide.rule.allOrNothing", "qformat.xlsx.guide.rule.multiple", "qformat.xlsx.guide.rule.matching");

    private final Messages messages;
    private final XlsxQuestionWriter writer;
    private final XlsxValues values;

    public XlsxQuestionTemplate(Messages messages, XlsxQuestionWriter writer) {
        this.messages = messages;
        this.writer = writer;
        this.values = new XlsxValues(messages);
    }

    /** The template workbook; the guide sheet in {@code locale}. */
    public byte[] write(Locale locale) {
        return writer.write(examples().questions(), wb -> guide(wb, locale)).content();
    }

    static ParseResult examples() {
        try (InputStream in = XlsxQuestionTemplate.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + " is missing from the classpath");
            }
            ParseResult examples = GiftParser.parse(in.readAllBytes());
            if (!examples.ok()) {
                throw new IllegalStateException(EXAMPLES + " does not parse: " + examples.errors());
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void guide(Workbook wb, Locale locale) {
        Worksheet sheet = wb.newWorksheet(messages.get(locale, "qformat.xlsx.guide.sheet"));
        sheet.width(0, 24);
        sheet.width(1, 10);
        sheet.width(2, 110);
        sheet.value(0, 0, messages.get(locale, "qformat.xlsx.guide.column"));
        sheet.value(0, 1, messages.get(locale, "qformat.xlsx.guide.required"));
        sheet.value(0, 2, messages.get(locale, "qformat.xlsx.guide.how"));
        sheet.range(0, 0, 0, 2).style().bold().set();
        int r = 1;
        for (XlsxColumn column : XlsxColumn.values()) {
            sheet.value(r, 0, column.header(messages));
            sheet.value(r, 1, messages.get(locale, column.required() ? "qformat.xlsx.guide.yes" : "qformat.xlsx.guide.no"));
            sheet.value(r, 2, column.help(messages, locale));
            sheet.style(r, 2).wrapText(true).set();
            r++;
        }
        r++;
        sheet.value(r, 0, messages.get(locale, "qformat.xlsx.column.type"));
        sheet.value(r, 2, messages.get(locale, "qformat.xlsx.guide.typeValues"));
        sheet.range(r, 0, r, 2).style().bold().set();
        for (QuestionType type : List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL)) {
            r++;
            sheet.value(r, 0, values.typeLabel(type, Messages.VI));
            sheet.value(r, 2, messages.get(locale, "qformat.xlsx.guide.type." + type.name()));
            sheet.style(r, 2).wrapText(true).set();
        }
        r += 2;
        for (String rule : RULES) {
            sheet.value(r++, 0, messages.get(locale, rule));
        }
    }
}
