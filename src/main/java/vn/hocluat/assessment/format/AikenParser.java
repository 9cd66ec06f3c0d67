package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's Aiken format: the question text (one or more lines), options "A." or "A)" with
 * consecutive capital letters, then "ANSWER: X". A blank line or the ANSWER line ends a
 * question. Every question becomes a SINGLE question in plain text; every error is reported.
 */
public final class AikenParser {
    private static final Pattern OPTION = Pattern.compile("\\s*([A-Z])[.)](\\s+.*|)");
    private static final Pattern ANSWER = Pattern.compile("\\s*ANSWER\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    /** A question being read. */
    private static final class Draft {
        final int line;
        final int errorsBefore;
        final List<String> text = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        int lastOptionLine;
        char lastLetter = 'A' - 1;
        String answer;
        int answerLine;
        /** options straight after an ANSWER line: reported once, nothing more to say about them */
        boolean discarded;

        Draft(int line, int errorsBefore) {
            this.line = line;
            this.errorsBefore = errorsBefore;
        }
    }

    private final List<ParsedQuestion> questions = new ArrayList<>();
    private final List<FormatError> errors = new ArrayList<>();

    private AikenParser() {
    }

    /** Parses an uploaded file (UTF-8, with or without a byte-order mark, at most 5 MB). */
    public static ParseResult parse(byte[] content) {
        return new AikenParser().parse(TextFile.read(content));
    }

    /** Parses pasted text. */
    public static ParseResult parse(String text) {
        return new AikenParser().parse(TextFile.read(text));
    }

    private ParseResult parse(TextFile.Lines file) {
        if (file.error().isPresent()) {
            return new ParseResult(List.of(), List.of(file.error().get()));
        }
        Draft q = null;
        boolean afterAnswer = false;
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (line.isBlank()) {
                finish(q);
                q = null;
                afterAnswer = false;
            } else if (answer.matches()) {
                if (q == null) {
                    errors.add(new FormatError(n, "qformat.aiken.answerWithoutQuestion"));
                } else {
                    q.answer = answer.group(1).strip();
                    q.answerLine = n;
                    finish(q);
                    q = null;
                }
                afterAnswer = true;
            } else if (option.matches()) {
                if (q == null && afterAnswer) {
                    errors.add(new FormatError(n, "qformat.aiken.optionAfterAnswer", option.group(1)));
                    q = new Draft(n, errors.size());
                    q.discarded = true;
                }
                afterAnswer = false;
                q = q == null ? new Draft(n, errors.size()) : q;
                if (!q.discarded) {
                    option(q, option.group(1).charAt(0), option.group(2).strip(), n);
                }
            } else {
                afterAnswer = false;
                if (q != null && !q.options.isEmpty()) {
                    finish(q);
                    q = null;
                }
                q = q == null ? new Draft(n, errors.size()) : q;
                q.text.add(line.strip());
            }
        }
        finish(q);
        if (questions.isEmpty() && errors.isEmpty()) {
            errors.add(new FormatError(1, "qformat.noQuestions"));
        }
        return new ParseResult(questions, errors);
    }

    private void option(Draft q, char letter, String text, int line) {
        char expected = (char) (q.lastLetter + 1);
        q.lastLetter = letter;
        if (letter != expected) {
            errors.add(new FormatError(line, "qformat.aiken.optionOrder", String.valueOf(letter), String.valueOf(expected)));
        }
        if (text.isEmpty()) {
            errors.add(new FormatError(line, "qformat.aiken.emptyOption", String.valueOf(letter)));
        }
        q.options.add(text);
        q.lastOptionLine = line;
    }

    /** Checks a finished question and keeps it when it has no error. */
    private void finish(Draft q) {
        if (q == null || q.discarded) {
            return;
        }
        String text = String.join("\n", q.text).strip();
        if (text.isEmpty()) {
            errors.add(new FormatError(q.line, "qformat.aiken.emptyText"));
        }
        if (q.options.isEmpty()) {
            errors.add(new FormatError(q.line, "qformat.aiken.noOptions"));
            return;
        }
        if (q.options.size() == 1) {
            errors.add(new FormatError(q.line, "qformat.aiken.tooFewOptions"));
        }
        int correct = -1;
        if (q.answer == null) {
            errors.add(new FormatError(q.line, "qformat.aiken.missingAnswer", q.lastOptionLine));
        } else {
            correct = LETTER.matcher(q.answer).matches() ? Character.toUpperCase(q.answer.charAt(0)) - 'A' : -1;
            if (correct < 0 || correct >= q.options.size()) {
                errors.add(new FormatError(q.answerLine, "qformat.aiken.answerNotOption", q.answer,
                        String.valueOf((char) ('A' + q.options.size() - 1))));
            }
        }
        if (errors.size() > q.errorsBefore) {
            return;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < q.options.size(); i++) {
            choices.add(new Choice(q.options.get(i), i == correct ? 100 : 0, null));
        }
        questions.add(new ParsedQuestion(q.line, null, null, List.of(),
                new QuestionContent(QuestionType.SINGLE, null, text, TextFormat.PLAIN, choices, List.of(), List.of(), null, false)));
    }
}
