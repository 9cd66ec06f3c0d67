package vn.hocluat.assessment.bank;

import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.util.List;
import java.util.Locale;

/** The bank's door to the file formats (package assessment.format): read an import, write an export or the template. */
interface QuestionFiles {
    ParseResult read(ImportFormat format, byte[] content);

    byte[] gift(List<ParsedQuestion> questions);

    /** The questions as the organisers' sheet; questions the sheet cannot hold are left out. */
    byte[] xlsx(List<ParsedQuestion> questions);

    byte[] xlsxTemplate(Locale locale);
}
