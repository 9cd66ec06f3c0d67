package vn.hocluat.learning.files;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.learning.files.CourseImporter.Outcome;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Export to the courses/ format, and the round trip: import → export → import under another slug → export gives the same files. */
@MicronautTest(transactional = false)
class CourseFilesRoundTripTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    CoursesImport imports;
    @Inject
    CourseExporter exporter;
    @Inject
    EmbeddedServer server;

    CourseFixtures f;

    @BeforeAll
    void setUp() {
        f = new CourseFixtures(context);
    }

    private long courseId(String slug) {
        return f.fixtures.queryLong("select id from course where slug = ?", slug);
    }

    /** Writes the files as a new folder, imports it and exports the imported course again. */
    private Map<String, byte[]> reimport(Map<String, byte[]> files) {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.writeAll(root.resolve(slug), files);
        List<ImportReport.Folder> report = imports.importAll(root);
        assertEquals(List.of(), report.get(0).issues());
        assertEquals(Outcome.IMPORTED, report.get(0).outcome());
        return exporter.export(courseId(slug));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void a_folder_exports_to_the_same_format_and_round_trips_byte_for_byte() {
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.smallCourse(root, slug, 3, "Kỹ năng hòa giải", "");
        imports.importAll(root);

        Map<String, byte[]> first = exporter.export(courseId(slug));
        Map<String, byte[]> second = reimport(first);

        assertEquals(List.of("01-nhap-mon/01-gioi-thieu.md", "01-nhap-mon/02-nghe.md", "01-nhap-mon/module.md",
                "02-kiem-tra/01-bai-kiem-tra.md", "02-kiem-tra/module.md", "course.md", "media/bai-1.mp3", "media/bia.png",
                "questions/bai-kiem-tra.gift"), List.copyOf(first.keySet()));
        assertEquals("""
                ---
                title: Kỹ năng hòa giải
                version: 3
                summary: Khóa học thử về hòa giải ở cơ sở.
                language: vi
                audience: MEDIATOR, OFFICIAL
                topics: hoa-giai-co-so
                unit: VN
                visibility: internal
                self-enrol: yes
                published: yes
                estimated-minutes: 60
                cover: media/bia.png
                ---

                Khóa học giới thiệu **Luật Hòa giải ở cơ sở 2013**.
                """, text(first, "course.md"));
        assertEquals("""
                ---
                title: Bài kiểm tra cuối khóa
                kind: quiz
                required: yes
                questions: questions/bai-kiem-tra.gift
                draw: 2
                pass-percent: 70
                must-pass: yes
                attempts: 3
                time-limit-minutes: 15
                ---

                Làm bài để hoàn thành khóa học.
                """, text(first, "02-kiem-tra/01-bai-kiem-tra.md"));
        assertArrayEquals(CourseFolders.PNG, first.get("media/bia.png"));
        assertSameFiles(first, second);
    }

    @Test
    void a_course_written_in_the_ui_exports_and_imports_back_identical() {
        long unit = f.quiz.province();
        long course = f.course(unit, "PUBLIC", true, false).id();
        long module = f.module(course, "Chương một");
        f.lesson(course, module, "TEXT", true);
        f.lesson(course, module, "VIDEO", false);
        long quizLesson = f.quizLesson(course, f.module(course, "Chương hai"), unit, 4, 75, true);
        f.quiz.exec("update quiz set attempts_allowed = 2 where id = ?", f.quizOf(quizLesson));

        Map<String, byte[]> first = exporter.export(course);
        Map<String, byte[]> second = reimport(first);

        assertSameFiles(first, second);
        String quizFile = first.keySet().stream().filter(p -> p.startsWith("questions/")).findFirst().orElseThrow();
        assertEquals(4, text(first, quizFile).split("\\{").length - 1);
    }

    @Test
    void export_is_a_zip_for_editors_and_refused_to_others() throws IOException {
        long communeA = f.quiz.commune(f.quiz.province());
        long communeB = f.quiz.commune(f.quiz.province());
        String code = f.quiz.text("select code from unit where id = ?", communeA);
        Path root = CourseFolders.newRoot();
        String slug = CourseFolders.slug();
        CourseFolders.smallCourse(root, slug, 1, "Khóa của xã A", "unit: " + code);
        imports.importAll(root);
        long id = courseId(slug);
        CurrentUser trainerA = f.quiz.user("TRAINER", communeA);
        CurrentUser trainerB = f.quiz.user("TRAINER", communeB);
        CurrentUser learnerA = f.quiz.user("LEARNER", communeA);

        HttpResponse<byte[]> zip = new Web(server.getURI()).login(trainerA.username(), Fixtures.PASSWORD).getBytes("/courses/" + id + "/export.zip");
        int otherUnit = new Web(server.getURI()).login(trainerB.username(), Fixtures.PASSWORD).getBytes("/courses/" + id + "/export.zip").statusCode();
        int learner = new Web(server.getURI()).login(learnerA.username(), Fixtures.PASSWORD).getBytes("/courses/" + id + "/export.zip").statusCode();

        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, otherUnit);
        assertEquals(403, learner);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(exporter.export(id).keySet().stream().map(p -> slug + "/" + p).toList(), names);
    }
}
