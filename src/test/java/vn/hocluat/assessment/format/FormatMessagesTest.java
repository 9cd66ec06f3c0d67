package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.web.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every message key the formats use is defined in Vietnamese and English, and the messages read as intended. */
class FormatMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(qformat\\.[A-Za-z.]+[A-Za-z])\"");
    private final Messages messages = new Messages();

    @Test
    void every_key_used_by_the_formats_is_in_both_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/hocluat/assessment/format"))) {
            for (Path p : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (QuestionType t : QuestionType.values()) {
            used.add("qformat.xlsx.type." + t.name());
        }
        for (QuestionType t : new QuestionType[]{QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE,
                QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL}) {
            used.add("qformat.xlsx.guide.type." + t.name());
        }
        for (Difficulty d : Difficulty.values()) {
            used.add("qformat.xlsx.difficulty." + d.name());
        }
        for (String column : new String[]{"question", "option", "answer", "type", "tolerance", "explanation", "topic", "difficulty", "tags"}) {
            used.add("qformat.xlsx.column." + column);
            used.add("qformat.xlsx.column." + column + ".help");
        }
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (messages.get(Messages.VI, key).equals(key) || messages.get(Messages.EN, key).equals(messages.get(Messages.VI, key))) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys missing in a bundle (or English identical to Vietnamese)");
        assertEquals(true, used.size() > 80, "found " + used.size() + " keys");
    }

    @Test
    void messages_say_what_is_wrong_and_keep_their_backslashes() {
        assertEquals("thiếu dấu \"}\" đóng khối đáp án bắt đầu ở dòng 10. Nếu dấu \"{\" là một phần nội dung, hãy viết \"\\{\".",
                messages.get(Messages.VI, "qformat.gift.unclosedBrace", 10));
        assertEquals("thừa dấu \"}\": mỗi câu hỏi chỉ có một khối đáp án \"{…}\". Nếu dấu này là một phần nội dung, hãy viết \"\\}\".",
                messages.get(Messages.VI, "qformat.gift.strayBrace", "}"));
        assertEquals("cột \"Đáp án đúng\": \"E\" không phải chữ cái của một phương án đã điền (A đến C). "
                        + "Nhiều đáp án ghi cách nhau bằng dấu \";\", ví dụ A;C.",
                messages.get(Messages.VI, "qformat.xlsx.badLetter", "Đáp án đúng", "E", "C"));
    }
}
