package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Moodle GIFT file: questions separated by blank lines, {@code //} comment lines (whose
 * Moodle {@code [tag:…]} and our {@code [difficulty:…]}, {@code [exact-match]} attributes apply to
 * the question they stand in), {@code $CATEGORY:} lines that set the category of the questions
 * after them. Every question is read and every error reported; no input makes it throw.
 */
public final class GiftParser {
    private static final String CATEGORY = "$category:";

    private GiftParser() {
    }

    /** Parses an uploaded file (UTF-8, with or without a byte-order mark, at most 5 MB). */
    public static ParseResult parse(byte[] content) {
        return parse(TextFile.read(content));
    }

    /** Parses pasted text. */
    public static ParseResult parse(String text) {
        return parse(TextFile.read(text));
    }

    private static ParseResult parse(TextFile.Lines file) {
        if (file.error().isPresent()) {
            return new ParseResult(List.of(), List.of(file.error().get()));
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        List<FormatError> errors = new ArrayList<>();
        List<String> lines = file.lines();
        String category = null;
        int start = 0;
        while (start < lines.size()) {
            if (lines.get(start).isBlank()) {
                start++;
                continue;
            }
            int end = start;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            category = block(lines.subList(start, end), start + 1, category, questions, errors);
            start = end;
        }
        if (questions.isEmpty() && errors.isEmpty()) {
            errors.add(new FormatError(1, "qformat.noQuestions"));
        }
        return new ParseResult(questions, errors);
    }

    /** One blank-line-separated block; returns the category in force after it. */
    private static String block(List<String> raw, int firstLine, String category,
                                List<ParsedQuestion> questions, List<FormatError> errors) {
        List<String> source = new ArrayList<>(raw);
        GiftAttributes attributes = new GiftAttributes();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).strip().startsWith("//")) {
                attributes.read(source.get(i), firstLine + i, errors);
                source.set(i, "");
            }
        }
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(CATEGORY)) {
                category = GiftAttributes.categoryPath(line.substring(CATEGORY.length()));
                source.set(i, "");
            }
            break;
        }
        GiftText text = GiftText.of(source, firstLine);
        if (text.isBlank()) {
            return category;
        }
        GiftQuestionReader.read(text.strip(), category, attributes, questions, errors);
        return category;
    }
}
