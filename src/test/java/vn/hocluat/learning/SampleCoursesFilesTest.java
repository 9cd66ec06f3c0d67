package vn.hocluat.learning;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hocluat.assessment.format.GiftParser;
import vn.hocluat.assessment.question.ParseResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four sample courses in {@code courses/} keep the shape of courses/README.md: metadata with the
 * required keys, a module.md in every module, well-named lessons of a known kind, quiz files that
 * parse without errors, and existing media. The exact counts make the test fail if content is lost.
 */
class SampleCoursesFilesTest {
    private static final Path COURSES = Path.of("courses");
    private static final Pattern NUMBERED = Pattern.compile("\\d{2,}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LESSON_FILE = Pattern.compile("\\d{2,}-[a-z0-9]+(-[a-z0-9]+)*\\.md");
    private static final Pattern MEDIA_REF = Pattern.compile("(media|questions)/[A-Za-z0-9._-]+");
    private static final Set<String> KINDS = Set.of("text", "video", "audio", "document", "quiz");
    private static final Set<String> AUDIENCES = Set.of("OFFICIAL", "ARMED_FORCES", "REPORTER", "PROPAGANDIST",
            "TEACHER", "MEDIATOR", "TRAINER", "CITIZEN");
    private static final Set<String> COURSE_KEYS = Set.of("title", "version", "summary", "language", "audience",
            "topics", "unit", "visibility", "self-enrol", "published", "estimated-minutes", "min-minutes", "cover");
    private static final Set<String> LESSON_KEYS = Set.of("title", "kind", "required", "minutes", "file", "url",
            "questions", "draw", "pass-percent", "must-pass", "attempts", "time-limit-minutes");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "chuyen-doi-so-pbgdpl, 3, 7, 16, OFFICIAL REPORTER PROPAGANDIST, internal",
            "ky-nang-hoa-giai-co-so, 3, 7, 20, MEDIATOR, internal",
            "luat-pho-bien-giao-duc-phap-luat, 3, 6, 16, REPORTER PROPAGANDIST OFFICIAL, internal",
            "phap-luat-trong-doi-song, 3, 6, 15, CITIZEN, public"
    })
    void sample_course_folder_follows_the_format(String slug, int modules, int lessons, int questions,
                                                 String audience, String visibility) throws IOException {
        Path course = COURSES.resolve(slug);
        Map<String, String> meta = frontMatter(course.resolve("course.md"), COURSE_KEYS);
        for (String key : List.of("title", "version", "summary")) {
            assertTrue(!meta.getOrDefault(key, "").isBlank(), slug + "/course.md lacks " + key);
        }
        assertTrue(Integer.parseInt(meta.get("version")) >= 1, slug + ": version must be ≥ 1");
        assertEquals(List.of(audience.split(" ")), list(meta.get("audience")), slug + ": audience");
        list(meta.get("audience")).forEach(a -> assertTrue(AUDIENCES.contains(a), slug + ": unknown audience " + a));
        assertEquals(visibility, meta.get("visibility"), slug + ": visibility");

        List<Path> moduleDirs = children(course).stream().filter(Files::isDirectory)
                .filter(p -> !Set.of("questions", "media").contains(name(p))).toList();
        assertEquals(modules, moduleDirs.size(), slug + ": modules");
        int lessonCount = 0;
        int questionCount = 0;
        for (Path module : moduleDirs) {
            assertTrue(NUMBERED.matcher(name(module)).matches(), "bad module folder name " + module);
            Map<String, String> moduleMeta = frontMatter(module.resolve("module.md"), Set.of("title"));
            assertTrue(!moduleMeta.getOrDefault("title", "").isBlank(), module + "/module.md lacks title");
            for (Path lesson : children(module)) {
                if (name(lesson).equals("module.md")) {
                    continue;
                }
                assertTrue(LESSON_FILE.matcher(name(lesson)).matches(), "bad lesson file name " + lesson);
                lessonCount++;
                questionCount += checkLesson(course, lesson);
            }
        }
        assertEquals(lessons, lessonCount, slug + ": lessons");
        assertEquals(questions, questionCount, slug + ": questions in quiz files");
    }

    /** Checks one lesson and returns the number of questions of its quiz (0 for other kinds). */
    private static int checkLesson(Path course, Path lesson) throws IOException {
        Map<String, String> meta = frontMatter(lesson, LESSON_KEYS);
        assertTrue(!meta.getOrDefault("title", "").isBlank(), lesson + " lacks title");
        String kind = meta.getOrDefault("kind", "");
        assertTrue(KINDS.contains(kind), lesson + " has kind '" + kind + "'");
        for (String key : List.of("file", "questions")) {
            if (meta.containsKey(key)) {
                String ref = meta.get(key);
                assertTrue(MEDIA_REF.matcher(ref).matches(), lesson + ": bad " + key + " " + ref);
                assertTrue(Files.isRegularFile(course.resolve(ref)), lesson + ": missing " + ref);
            }
        }
        if (Set.of("video", "audio", "document").contains(kind)) {
            assertTrue(meta.containsKey("file") ^ meta.containsKey("url"), lesson + " needs one of file / url");
        }
        if (kind.equals("document") && meta.getOrDefault("file", "").endsWith(".pdf")) {
            byte[] pdf = Files.readAllBytes(course.resolve(meta.get("file")));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), lesson + ": not a PDF");
        }
        if (!kind.equals("quiz")) {
            return 0;
        }
        assertTrue(meta.containsKey("questions"), lesson + " is a quiz without questions");
        ParseResult parsed = GiftParser.parse(Files.readAllBytes(course.resolve(meta.get("questions"))));
        assertEquals(List.of(), parsed.errors(), lesson + ": errors in " + meta.get("questions"));
        int count = parsed.questions().size();
        assertTrue(count >= 15, lesson + ": only " + count + " questions");
        if (meta.containsKey("draw")) {
            int draw = Integer.parseInt(meta.get("draw"));
            assertTrue(draw >= 1 && draw <= count, lesson + ": draw " + draw + " of " + count);
        }
        return count;
    }

    /** The key/value lines between the two {@code ---} lines at the top of a Markdown file. */
    private static Map<String, String> frontMatter(Path file, Set<String> allowed) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(!lines.isEmpty() && lines.get(0).equals("---"), file + " must start with ---");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---")) {
                return values;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            assertTrue(colon > 0, file + ":" + (i + 1) + " is not key: value");
            String key = line.substring(0, colon).strip();
            assertTrue(allowed.contains(key), file + ":" + (i + 1) + " unknown key " + key);
            assertTrue(values.put(key, line.substring(colon + 1).strip()) == null, file + ": " + key + " twice");
        }
        throw new AssertionError(file + ": front matter not closed");
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : (value == null ? "" : value).split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
