package vn.hocluat.assessment.bank;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.format.AikenParser;
import vn.hocluat.assessment.format.GiftParser;
import vn.hocluat.assessment.format.GiftWriter;
import vn.hocluat.assessment.format.XlsxQuestionReader;
import vn.hocluat.assessment.format.XlsxQuestionTemplate;
import vn.hocluat.assessment.format.XlsxQuestionWriter;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The bank's door to the file formats of package assessment.format: read an import, write an export or the template. */
@Singleton
class QuestionFiles {
    private final XlsxQuestionReader xlsxReader;
    private final XlsxQuestionWriter xlsxWriter;
    private final XlsxQuestionTemplate xlsxTemplate;

    QuestionFiles(XlsxQuestionReader xlsxReader, XlsxQuestionWriter xlsxWriter, XlsxQuestionTemplate xlsxTemplate) {
        this.xlsxReader = xlsxReader;
        this.xlsxWriter = xlsxWriter;
        this.xlsxTemplate = xlsxTemplate;
    }

    ParseResult read(ImportFormat format, byte[] content) {
        return switch (format) {
            case GIFT -> GiftParser.parse(content);
            case AIKEN -> AikenParser.parse(content);
            case XLSX -> xlsxReader.read(content);
        };
    }

    byte[] gift(List<ParsedQuestion> questions) {
        return GiftWriter.write(questions).getBytes(StandardCharsets.UTF_8);
    }

    /** The organisers' sheet; the writer leaves out what the sheet cannot hold (matching questions, more than six options). */
    byte[] xlsx(List<ParsedQuestion> questions) {
        return xlsxWriter.write(questions).content();
    }

    byte[] xlsxTemplate(Locale locale) {
        return xlsxTemplate.write(locale);
    }
}
