package vn.hocluat.learning.files;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.learning.files.ExportQueries.Course;
import vn.hocluat.learning.files.ExportQueries.Lesson;
import vn.hocluat.learning.files.ExportQueries.Media;
import vn.hocluat.learning.files.ExportQueries.Module;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A course of the database as a courses/ folder (courses/README.md): files by path relative to the
 * folder, deterministic (the same course gives byte-identical files). Modules and lessons are
 * numbered by position; only media the course uses (cover, lesson files, "media/…" in bodies) are
 * written; each quiz lesson gets questions/&lt;lesson-slug&gt;.gift. Callers check who may export.
 */
@Singleton
public class CourseExporter {
    private final ExportQueries queries;
    private final MediaStore mediaStore;
    private final QuizExport quizzes;

    CourseExporter(ExportQueries queries, MediaStore mediaStore, QuizExport quizzes) {
        this.queries = queries;
        this.mediaStore = mediaStore;
        this.quizzes = quizzes;
    }

    @ReadOnly
    public Map<String, byte[]> export(long courseId) {
        Course c = queries.course(courseId);
        List<Media> media = queries.media(courseId);
        Map<Long, String> mediaNames = media.stream().collect(Collectors.toMap(Media::id, Media::name));
        Map<String, Media> mediaByName = media.stream().collect(Collectors.toMap(Media::name, m -> m));
        Set<String> used = new TreeSet<>();
        Map<String, byte[]> files = new TreeMap<>();
        files.put(CourseNames.COURSE_FILE, utf8(FrontMatter.write(courseFields(c, mediaNames, used), c.description())));
        used.addAll(CourseNames.mediaIn(c.description()));
        List<Module> modules = queries.modules(courseId);
        Map<Long, List<Lesson>> lessons = queries.lessons(courseId).stream()
                .collect(Collectors.groupingBy(Lesson::moduleId, LinkedHashMap::new, Collectors.toList()));
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            String dir = CourseNames.number(m + 1, modules.size()) + "-" + module.slug();
            files.put(dir + "/" + CourseNames.MODULE_FILE, utf8(FrontMatter.write(Map.of("title", module.title()), module.body())));
            used.addAll(CourseNames.mediaIn(module.body()));
            List<Lesson> list = lessons.getOrDefault(module.id(), List.of());
            for (int i = 0; i < list.size(); i++) {
                Lesson l = list.get(i);
                Map<String, String> fields = lessonFields(l, mediaNames, used);
                if (l.quizId() != null) {
                    String questionsFile = CourseNames.QUESTIONS + "/" + l.slug() + ".gift";
                    fields.put("questions", questionsFile);
                    QuizExport.Flat quiz = quizzes.flatten(l.quizId());
                    quiz.fields(l.mustPass()).forEach(fields::put);
                    files.put(questionsFile, utf8(quiz.gift()));
                }
                files.put(dir + "/" + CourseNames.number(i + 1, list.size()) + "-" + l.slug() + ".md",
                        utf8(FrontMatter.write(fields, l.body())));
                used.addAll(CourseNames.mediaIn(l.body()));
            }
        }
        for (String name : used) {
            Media m = mediaByName.get(name);
            if (m != null) {
                files.put(CourseNames.MEDIA + "/" + name, mediaStore.read(m.id(), 0, (int) m.size()));
            }
        }
        return files;
    }

    private static Map<String, String> courseFields(Course c, Map<Long, String> mediaNames, Set<String> used) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", c.title());
        f.put("version", Integer.toString(c.version()));
        f.put("summary", c.summary() == null || c.summary().isBlank() ? c.title() : c.summary());
        f.put("language", c.language());
        if (!c.audience().isEmpty()) {
            f.put("audience", String.join(", ", c.audience()));
        }
        if (!c.topics().isEmpty()) {
            f.put("topics", String.join(", ", c.topics()));
        }
        f.put("unit", c.unitCode());
        f.put("visibility", c.visibility().toLowerCase(Locale.ROOT));
        f.put("self-enrol", yesNo(c.selfEnrol()));
        f.put("published", yesNo(c.published()));
        if (c.estimatedMinutes() != null) {
            f.put("estimated-minutes", c.estimatedMinutes().toString());
        }
        if (c.minMinutes() != null) {
            f.put("min-minutes", c.minMinutes().toString());
        }
        if (c.coverMediaId() != null && mediaNames.containsKey(c.coverMediaId())) {
            f.put("cover", CourseNames.MEDIA + "/" + mediaNames.get(c.coverMediaId()));
            used.add(mediaNames.get(c.coverMediaId()));
        }
        return f;
    }

    private static Map<String, String> lessonFields(Lesson l, Map<Long, String> mediaNames, Set<String> used) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", l.title());
        f.put("kind", l.kind().toLowerCase(Locale.ROOT));
        f.put("required", yesNo(l.required()));
        if (l.minutes() != null) {
            f.put("minutes", l.minutes().toString());
        }
        if (l.mediaId() != null && mediaNames.containsKey(l.mediaId())) {
            f.put("file", CourseNames.MEDIA + "/" + mediaNames.get(l.mediaId()));
            used.add(mediaNames.get(l.mediaId()));
        } else if (l.url() != null && !l.url().isBlank()) {
            f.put("url", l.url());
        }
        return f;
    }

    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
