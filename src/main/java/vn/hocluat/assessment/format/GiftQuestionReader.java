package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.TextFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question — {@code ::title::[format]text {answers} more text} — into a
 * {@link ParsedQuestion}. Text after the answer block makes a "missing word" question: the block
 * is replaced by {@link #BLANK} in the text. A question without an answer block (Moodle's
 * "description") is an error: the engine has nothing to grade.
 */
final class GiftQuestionReader {
    /** Where the answer block stood in a missing-word question's text. */
    static final String BLANK = "_____";
    static final Map<String, TextFormat> FORMATS = Map.of("markdown", TextFormat.MARKDOWN,
            "html", TextFormat.HTML, "plain", TextFormat.PLAIN, "moodle", TextFormat.PLAIN);
    private static final Pattern FORMAT_NAME = Pattern.compile("[A-Za-z]+");

    private GiftQuestionReader() {
    }

    static void read(GiftText text, String category, GiftAttributes attributes,
                     List<ParsedQuestion> questions, List<FormatError> errors) {
        int errorsBefore = errors.size();
        int line = text.lineAt(0, 1);
        String title = null;
        GiftText rest = text;
        if (rest.startsWith("::")) {
            int close = rest.find("::", 2);
            if (close < 0) {
                errors.add(new FormatError(line, "qformat.gift.unclosedTitle"));
                return;
            }
            title = rest.sub(2, close).plain();
            rest = rest.sub(close + 2);
        }
        rest = rest.stripLeading();
        TextFormat format = TextFormat.MARKDOWN;
        if (rest.startsWith("[")) {
            int close = rest.find("]", 1);
            String name = close < 0 ? "" : rest.sub(1, close).text();
            if (FORMAT_NAME.matcher(name).matches()) {
                format = FORMATS.get(name.toLowerCase(Locale.ROOT));
                if (format == null) {
                    errors.add(new FormatError(rest.lineAt(0, line), "qformat.gift.unknownFormat", name));
                }
                rest = rest.sub(close + 1);
            }
        }
        int open = rest.find("{", 0);
        int firstClose = rest.find("}", 0);
        if (open < 0 || firstClose >= 0 && firstClose < open) {
            errors.add(firstClose >= 0 ? stray(rest, firstClose)
                    : new FormatError(line, "qformat.gift.noAnswerBlock"));
            return;
        }
        int close = firstClose;
        if (close < 0) {
            errors.add(new FormatError(rest.lineAt(rest.length() - 1, line), "qformat.gift.unclosedBrace",
                    rest.lineAt(open, line)));
            return;
        }
        int nested = rest.find("{", open + 1);
        int extra = rest.findAny("{}", close + 1);
        if (nested >= 0 && nested < close || extra >= 0) {
            errors.add(stray(rest, nested >= 0 && nested < close ? nested : extra));
            return;
        }
        GiftText before = rest.sub(0, open);
        GiftText after = rest.sub(close + 1);
        String questionText = after.isBlank() ? before.strip().text()
                : before.stripLeading().text() + BLANK + after.stripTrailing().text();
        if (questionText.isEmpty()) {
            errors.add(new FormatError(line, "qformat.gift.emptyText"));
        }
        GiftAnswerParser.Answers answers = GiftAnswerParser.parse(rest.sub(open + 1, close), line,
                rest.lineAt(open, line), errors);
        if (answers == null || errors.size() > errorsBefore || attributes.malformed) {
            return;
        }
        QuestionContent content = new QuestionContent(answers.type(), title, questionText, format,
                orEmpty(answers.choices()), orEmpty(answers.numeric()), orEmpty(answers.pairs()),
                answers.generalFeedback(), attributes.exactMatch);
        questions.add(new ParsedQuestion(line, category, attributes.difficulty, List.copyOf(attributes.tags), content));
    }

    private static FormatError stray(GiftText text, int at) {
        return new FormatError(text.lineAt(at, 1), "qformat.gift.strayBrace", String.valueOf(text.charAt(at)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
