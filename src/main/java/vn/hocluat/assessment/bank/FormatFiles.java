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

/** QuestionFiles over the parsers and writers of package assessment.format. */
@Singleton
class FormatFiles implements QuestionFiles {
    private final XlsxQuestionReader xlsxReader;
    private final XlsxQuestionWriter xlsxWriter;
    private final XlsxQuestionTemplate xlsxTemplate;

    FormatFiles(XlsxQuestionReader xlsxReader, XlsxQuestionWriter xlsxWriter, XlsxQuestionTemplate xlsxTemplate) {
        this.xlsxReader = xlsxReader;
        this.xlsxWriter = xlsxWriter;
        this.xlsxTemplate = xlsxTemplate;
    }

    @Override
    public ParseResult read(ImportFormat format, byte[] content) {
        return switch (format) {
            case GIFT -> GiftParser.parse(content);
            case AIKEN -> AikenParser.parse(content);
            case XLSX -> xlsxReader.read(content);
        };
    }

    @Override
    public byte[] gift(List<ParsedQuestion> questions) {
        return GiftWriter.write(questions).getBytes(StandardCharsets.UTF_8);
    }

    /** The organisers' sheet; the writer leaves out what the sheet cannot hold (matching questions, more than six options). */
    @Override
    public byte[] xlsx(List<ParsedQuestion> questions) {
        return xlsxWriter.write(questions).content();
    }

    @Override
    public byte[] xlsxTemplate(Locale locale) {
        return xlsxTemplate.write(locale);
    }
}
