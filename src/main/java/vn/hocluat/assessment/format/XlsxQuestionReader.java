package vn.hocluat.assessment.format;

import jakarta.inject.Singleton;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.platform.web.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the organisers' question sheet (the first sheet of an XLSX, as in the template of
 * {@link XlsxQuestionTemplate}): one question per row, errors with the Excel row number and the
 * column header as first argument. Without a "Loại câu hỏi" value the type follows from the row:
 * options and one letter → SINGLE, several letters → MULTIPLE, no options and Đúng/Sai → TRUE_FALSE.
 */
@Singleton
public class XlsxQuestionReader {
    private final Messages messages;
    private final XlsxValues values;

    public XlsxQuestionReader(Messages messages) {
        this.messages = messages;
        this.values = new XlsxValues(messages);
    }

    public ParseResult read(byte[] content) {
        if (content != null && content.length > TextFile.MAX_BYTES) {
            return new ParseResult(List.of(), List.of(TextFile.tooLarge(content.length)));
        }
        Table table;
        try {
            table = TableReader.read("questions.xlsx", content);
        } catch (TableFormatException e) {
            return new ParseResult(List.of(), List.of(new FormatError(1, e.messageKey(), e.args())));
        }
        Map<XlsxColumn, Integer> columns = new EnumMap<>(XlsxColumn.class);
        List<FormatError> errors = new ArrayList<>();
        for (XlsxColumn c : XlsxColumn.values()) {
            c.find(table, messages).ifPresentOrElse(i -> columns.put(c, i), () -> {
                if (c.required()) {
                    errors.add(new FormatError(1, "qformat.xlsx.missingColumn", c.header(messages)));
                }
            });
        }
        if (!errors.isEmpty()) {
            return new ParseResult(List.of(), errors);
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            ParsedQuestion q = new Row(table, row, columns, errors).read();
            if (q != null) {
                questions.add(q);
            }
        }
        return new ParseResult(questions, errors);
    }

    /** One data row being read; collects every error of the row before giving up on it. */
    private final class Row {
        private final Table table;
        private final Table.Row row;
        private final Map<XlsxColumn, Integer> columns;
        private final List<FormatError> errors;
        private final int errorsBefore;

        Row(Table table, Table.Row row, Map<XlsxColumn, Integer> columns, List<FormatError> errors) {
            this.table = table;
            this.row = row;
            this.columns = columns;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        ParsedQuestion read() {
            String text = cell(XlsxColumn.QUESTION);
            if (text.isEmpty()) {
                error(XlsxColumn.QUESTION, "qformat.xlsx.emptyText");
            }
            List<String> options = options();
            String answer = cell(XlsxColumn.ANSWER);
            QuestionType type = type(options, answer);
            Difficulty difficulty = difficulty();
            QuestionContent content = type == null ? null : switch (type) {
                case SINGLE, MULTIPLE -> choice(type, text, options, answer);
                case TRUE_FALSE -> trueFalse(text, options, answer);
                case SHORT_ANSWER -> shortAnswer(text, options, answer);
                case NUMERICAL -> numerical(text, options, answer);
                case MATCHING -> null;
            };
            if (content == null || errors.size() > errorsBefore) {
                return null;
            }
            List<String> tags = new ArrayList<>(new LinkedHashSet<>(split(cell(XlsxColumn.TAGS))));
            return new ParsedQuestion(row.number(), blankToNull(cell(XlsxColumn.TOPIC)), difficulty, List.copyOf(tags), content);
        }

        private QuestionType type(List<String> options, String answer) {
            String cell = cell(XlsxColumn.TYPE);
            if (!cell.isEmpty()) {
                QuestionType t = values.type(cell);
                if (t == null || t == QuestionType.MATCHING) {
                    error(XlsxColumn.TYPE, "qformat.xlsx.badType", cell);
                }
                return t == QuestionType.MATCHING ? null : t;
            }
            if (options.isEmpty() && values.truth(answer) != null) {
                return QuestionType.TRUE_FALSE;
            }
            if (options.isEmpty()) {
                error(XlsxColumn.OPTION_A, "qformat.xlsx.noOptions");
                return null;
            }
            return letters(answer).size() > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE;
        }

        private QuestionContent choice(QuestionType type, String text, List<String> options, String answer) {
            if (options.size() < 2) {
                error(XlsxColumn.OPTION_B, "qformat.xlsx.tooFewOptions");
            }
            if (answer.isEmpty()) {
                return fail(XlsxColumn.ANSWER, "qformat.xlsx.missingAnswer");
            }
            List<Integer> correct = new ArrayList<>();
            for (String letter : letters(answer)) {
                int i = letter.length() == 1 ? Character.toUpperCase(letter.charAt(0)) - 'A' : -1;
                if (i < 0 || i >= options.size()) {
                    error(XlsxColumn.ANSWER, "qformat.xlsx.badLetter", letter,
                            String.valueOf((char) ('A' + Math.max(options.size(), 1) - 1)));
                } else if (!correct.contains(i)) {
                    correct.add(i);
                }
            }
            if (type == QuestionType.SINGLE && correct.size() > 1) {
                return fail(XlsxColumn.ANSWER, "qformat.xlsx.singleWithSeveral", answer);
            }
            List<Integer> right = Weights.split(100, correct.size());
            List<Integer> wrong = Weights.split(type == QuestionType.MULTIPLE ? -100 : 0, options.size() - correct.size());
            List<Choice> choices = new ArrayList<>();
            for (int i = 0, r = 0, w = 0; i < options.size(); i++) {
                int weight = correct.contains(i) ? right.get(r++) : wrong.isEmpty() ? 0 : wrong.get(w++);
                choices.add(new Choice(options.get(i), weight, null));
            }
            return content(type, text, choices, List.of());
        }

        private QuestionContent trueFalse(String text, List<String> options, String answer) {
            noOptions(options, QuestionType.TRUE_FALSE);
            Boolean truth = values.truth(answer);
            if (truth == null) {
                return fail(XlsxColumn.ANSWER, "qformat.xlsx.badTrueFalse", answer);
            }
            return content(QuestionType.TRUE_FALSE, text, List.of(new Choice("true", truth ? 100 : 0, null),
                    new Choice("false", truth ? 0 : 100, null)), List.of());
        }

        private QuestionContent shortAnswer(String text, List<String> options, String answer) {
            noOptions(options, QuestionType.SHORT_ANSWER);
            List<Choice> accepted = split(answer).stream().map(a -> new Choice(a, 100, null)).toList();
            if (accepted.isEmpty()) {
                return fail(XlsxColumn.ANSWER, "qformat.xlsx.missingAnswer");
            }
            return content(QuestionType.SHORT_ANSWER, text, accepted, List.of());
        }

        private QuestionContent numerical(String text, List<String> options, String answer) {
            noOptions(options, QuestionType.NUMERICAL);
            BigDecimal value = Numbers.parseCell(answer);
            if (value == null) {
                error(XlsxColumn.ANSWER, "qformat.xlsx.badNumber", answer);
            }
            String toleranceCell = cell(XlsxColumn.TOLERANCE);
            BigDecimal tolerance = toleranceCell.isEmpty() ? BigDecimal.ZERO : Numbers.parseCell(toleranceCell);
            if (tolerance == null || tolerance.signum() < 0) {
                error(XlsxColumn.TOLERANCE, "qformat.xlsx.badTolerance", toleranceCell);
            }
            if (value == null || tolerance == null || tolerance.signum() < 0) {
                return null;
            }
            return content(QuestionType.NUMERICAL, text, List.of(),
                    List.of(new NumericAnswer(value.subtract(tolerance), value.add(tolerance), 100, null)));
        }

        private QuestionContent content(QuestionType type, String text, List<Choice> choices, List<NumericAnswer> numeric) {
            return new QuestionContent(type, null, text, TextFormat.PLAIN, choices, numeric, List.of(),
                    blankToNull(cell(XlsxColumn.EXPLANATION)), false);
        }

        /** The filled options A–F; a blank option before a filled one is an error. */
        private List<String> options() {
            List<String> options = new ArrayList<>();
            int blanks = 0;
            for (XlsxColumn c : XlsxColumn.OPTIONS) {
                String value = cell(c);
                if (value.isEmpty()) {
                    blanks++;
                    continue;
                }
                if (blanks > 0) {
                    error(XlsxColumn.OPTIONS.get(options.size()), "qformat.xlsx.optionGap", header(c));
                    blanks = 0;
                }
                options.add(value);
            }
            return options;
        }

        private void noOptions(List<String> options, QuestionType type) {
            if (!options.isEmpty()) {
                error(XlsxColumn.OPTION_A, "qformat.xlsx.optionsNotUsed", values.typeLabel(type, Messages.VI));
            }
        }

        private Difficulty difficulty() {
            String cell = cell(XlsxColumn.DIFFICULTY);
            Difficulty d = cell.isEmpty() ? null : values.difficulty(cell);
            if (!cell.isEmpty() && d == null) {
                error(XlsxColumn.DIFFICULTY, "qformat.xlsx.badDifficulty", cell);
            }
            return d;
        }

        private String cell(XlsxColumn c) {
            Integer i = columns.get(c);
            return i == null ? "" : row.cell(i).replace("\r\n", "\n").strip();
        }

        private QuestionContent fail(XlsxColumn c, String key, Object... args) {
            error(c, key, args);
            return null;
        }

        /** The column's header as the file writes it, or the template's when the file lacks the column. */
        private String header(XlsxColumn c) {
            Integer i = columns.get(c);
            return i == null || i >= table.header().size() ? c.header(messages) : table.header().get(i);
        }

        private void error(XlsxColumn c, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = header(c);
            System.arraycopy(args, 0, all, 1, args.length);
            errors.add(new FormatError(row.number(), key, all));
        }
    }

    /** The letters of "A", "A;C", "A, C" or "A C". */
    private static List<String> letters(String answer) {
        return Arrays.stream(answer.strip().split("[;,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** A list cell: values separated by ";", blanks dropped. */
    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
