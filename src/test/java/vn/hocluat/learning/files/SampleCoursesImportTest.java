package vn.hocluat.learning.files;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocluat.learning.files.CourseImporter.Outcome;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample courses of the repository's courses/ import at start, without a problem, and round-trip through the export. */
@MicronautTest(transactional = false)
class SampleCoursesImportTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    ImportReport report;
    @Inject
    CoursesImport imports;
    @Inject
    CourseExporter exporter;

    Fixtures fixtures;
    /** The report of the import the application ran when it started (the tests below run imports of their own). */
    List<ImportReport.Folder> atStart;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        long admin = fixtures.queryLong("select id from account where username = 'admin'");
        atStart = report.last(new CurrentUser(admin, "admin", "admin", Role.ADMIN, fixtures.rootId()));
    }

    private ImportReport.Folder reported(String slug) {
        return atStart.stream().filter(f -> f.folder().equals(slug)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "chuyen-doi-so-pbgdpl, 3, 7, 16",
            "ky-nang-hoa-giai-co-so, 3, 7, 20",
            "luat-pho-bien-giao-duc-phap-luat, 3, 6, 16",
            "phap-luat-trong-doi-song, 3, 6, 15"
    })
    void sample_course_is_imported_at_start(String slug, int modules, int lessons, int questions) {
        ImportReport.Folder folder = reported(slug);
        assertEquals(List.of(), folder.issues());
        assertTrue(Set.of(Outcome.IMPORTED, Outcome.UNCHANGED).contains(folder.outcome()), folder.outcome().name());
        long id = fixtures.queryLong("select id from course where slug = ?", slug);
        assertEquals(modules, fixtures.queryLong("select count(*) from course_module where course_id = ?", id));
        assertEquals(lessons, fixtures.queryLong("select count(*) from lesson where course_id = ? and not retired", id));
        assertEquals(questions, fixtures.queryLong("""
                select count(*) from question q join course c on c.bank_id = q.bank_id where c.id = ? and q.active""", id));
        assertEquals(1, fixtures.queryLong("select count(*) from lesson where course_id = ? and kind = 'QUIZ'", id));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chuyen-doi-so-pbgdpl", "ky-nang-hoa-giai-co-so", "luat-pho-bien-giao-duc-phap-luat",
            "phap-luat-trong-doi-song"})
    void sample_course_round_trips_through_the_export(String slug) {
        Map<String, byte[]> first = exporter.export(fixtures.queryLong("select id from course where slug = ?", slug));
        Path root = CourseFolders.newRoot();
        String copy = CourseFolders.slug();
        CourseFolders.writeAll(root.resolve(copy), first);
        assertEquals(List.of(), imports.importAll(root).get(0).issues());

        Map<String, byte[]> second = exporter.export(fixtures.queryLong("select id from course where slug = ?", copy));

        assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()));
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }
}
