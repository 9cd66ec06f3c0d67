package vn.hocluat.assessment.bank;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.format.AikenParser;
import vn.hocluat.assessment.format.GiftParser;
import vn.hocluat.assessment.format.GiftWriter;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** QuestionFiles over the parsers and writers of package assessment.format. */
@Singleton
class FormatFiles implements QuestionFiles {

    @Override
    public ParseResult read(ImportFormat format, byte[] content) {
        return switch (format) {
            case GIFT -> GiftParser.parse(content);
            case AIKEN -> AikenParser.parse(content);
            case XLSX -> throw new UnsupportedOperationException("XLSX reader not merged yet");
        };
    }

    @Override
    public byte[] gift(List<ParsedQuestion> questions) {
        return GiftWriter.write(questions).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] xlsx(List<ParsedQuestion> questions) {
        throw new UnsupportedOperationException("XLSX writer not merged yet");
    }

    @Override
    public byte[] xlsxTemplate(Locale locale) {
        throw new UnsupportedOperationException("XLSX template not merged yet");
    }
}
