package vn.hocluat.learning.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing: the version rises by one only when something was saved since the last publication. */
@MicronautTest(transactional = false)
class AuthoringPublishTest extends AuthoringScene {

    String state(long course) {
        return f.quiz.text("select published || '|' || version || '|' || unpublished_changes from course where id = ?", course);
    }

    HttpResponse<String> publish(long course) {
        return trainer.form("/authoring/courses/" + course + "/publish", Map.of());
    }

    @Test
    void publish_raises_the_version_only_after_a_change() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        HttpResponse<String> first = publish(course);
        assertEquals(303, first.statusCode());
        assertEquals("/authoring/courses/" + course + "?notice=published&version=1", first.headers().firstValue("Location").orElseThrow());
        assertEquals("true|1|false", state(course), "a first publication is version 1");
        publish(course);
        assertEquals("true|1|false", state(course), "publishing again without a change keeps the version");

        assertEquals(303, trainer.form("/authoring/courses/" + course + "/modules", Map.of("moduleTitle", "Chương mới", "moduleSlug", "")).statusCode());
        assertEquals("true|1|true", state(course), "saving raises nothing by itself");
        HttpResponse<String> page = trainer.get("/authoring/courses/" + course);
        assertTrue(page.body().contains(">Xuất bản phiên bản mới</button>"), page.body());
        publish(course);
        assertEquals("true|2|false", state(course));
        assertTrue(trainer.get("/authoring/courses/" + course + "?notice=published&version=2").body()
                .contains("Đã xuất bản khóa học, phiên bản 2."));
        assertFalse(trainer.get("/authoring/courses/" + course).body().contains(">Xuất bản phiên bản mới</button>"));
    }

    @Test
    void unpublish_hides_the_course_and_a_change_made_meanwhile_gives_a_new_version() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        publish(course);
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/unpublish", Map.of()).statusCode());
        assertEquals("false|1|false", state(course));
        long module = f.module(course, "Chương");
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/modules/" + module, Map.of("title", "Chương đã đổi tên")).statusCode());
        publish(course);
        assertEquals("true|2|false", state(course));
    }

    @Test
    void a_course_imported_from_files_gets_a_new_version_at_its_first_change() {
        long course = f.course(commune, "INTERNAL", true, true).id();
        f.quiz.exec("update course set origin = 'FILES', version = 3 where id = ?", course);
        long module = f.module(course, "Chương");
        long first = f.lesson(course, module, "TEXT", true);
        long second = f.lesson(course, module, "TEXT", true);
        publish(course);
        assertEquals("true|3|false", state(course));
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/lessons/" + first + "/move", Map.of("direction", "up")).statusCode());
        assertEquals("true|3|false", state(course), "the first lesson cannot go up: nothing changed");
        assertEquals(303, trainer.form("/authoring/courses/" + course + "/lessons/" + second + "/move", Map.of("direction", "up")).statusCode());
        publish(course);
        assertEquals("true|4|false", state(course));
    }

    @Test
    void saving_updates_the_updated_at_time() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        f.quiz.exec("update course set updated_at = timestamptz '2025-01-01 00:00:00+07' where id = ?", course);
        trainer.form("/authoring/courses/" + course + "/modules", Map.of("moduleTitle", "Chương", "moduleSlug", ""));
        assertEquals("true", f.quiz.text("select (updated_at > now() - interval '1 minute')::text from course where id = ?", course));
    }
}
