package vn.hocluat.learning.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scope of the authoring pages: a trainer of another commune and a learner are refused on every route, and nothing changes. */
@MicronautTest(transactional = false)
class AuthoringAccessTest extends AuthoringScene {
    long communeA;
    long course;
    long module;
    long lesson;
    String slug;

    @BeforeAll
    void course() {
        communeA = commune;
        CourseFixtures.CourseRef ref = f.course(communeA, "INTERNAL", true, true);
        course = ref.id();
        slug = ref.slug();
        module = f.module(course, "Chương A");
        lesson = f.lesson(course, module, "TEXT", true);
    }

    /** Every authoring write route for the course, as (description, request). */
    List<Map.Entry<String, Function<AuthorSession, HttpResponse<String>>>> writes() {
        String base = "/authoring/courses/" + course;
        Map<String, String> lessonForm = Map.of("title", "Đổi", "slug", "doi", "kind", "TEXT", "moduleId", Long.toString(module), "body", "");
        return List.of(
                Map.entry("update course", s -> s.multipart(base, AuthoringCourseTest.fields(slug, "Chiếm", "", communeA), AuthorSession.noFile("cover"))),
                Map.entry("publish", s -> s.form(base + "/publish", Map.of())),
                Map.entry("unpublish", s -> s.form(base + "/unpublish", Map.of())),
                Map.entry("add module", s -> s.form(base + "/modules", Map.of("moduleTitle", "Chen", "moduleSlug", "chen"))),
                Map.entry("rename module", s -> s.form(base + "/modules/" + module, Map.of("title", "Đổi tên"))),
                Map.entry("move module", s -> s.form(base + "/modules/" + module + "/move", Map.of("direction", "down"))),
                Map.entry("delete module", s -> s.form(base + "/modules/" + module + "/delete", Map.of())),
                Map.entry("add lesson", s -> s.multipart(base + "/modules/" + module + "/lessons", lessonForm, AuthorSession.noFile("file"))),
                Map.entry("update lesson", s -> s.multipart(base + "/lessons/" + lesson, lessonForm, AuthorSession.noFile("file"))),
                Map.entry("move lesson", s -> s.form(base + "/lessons/" + lesson + "/move", Map.of("direction", "down"))),
                Map.entry("delete lesson", s -> s.form(base + "/lessons/" + lesson + "/delete", Map.of())),
                Map.entry("preview", s -> s.form(base + "/preview", Map.of("body", "x"))),
                Map.entry("edit form", s -> s.get(base + "/edit")),
                Map.entry("outline", s -> s.get(base)),
                Map.entry("new lesson form", s -> s.get(base + "/modules/" + module + "/lessons/new")),
                Map.entry("lesson form", s -> s.get(base + "/lessons/" + lesson + "/edit")));
    }

    String state() {
        return f.quiz.text("""
                select c.title || '|' || c.published || '|' || c.version || '|' || c.unpublished_changes || '|'
                    || (select string_agg(m.slug || ':' || m.title, ',') from course_module m where m.course_id = c.id) || '|'
                    || (select string_agg(l.slug || ':' || l.position || ':' || l.retired, ',') from lesson l where l.course_id = c.id)
                from course c where c.id = ?""", course);
    }

    @Test
    void trainer_of_another_commune_is_refused_on_every_route_and_nothing_changes() {
        long communeB = f.quiz.commune(f.quiz.province());
        AuthorSession other = signIn("TRAINER", communeB);
        String before = state();
        for (var route : writes()) {
            assertEquals(404, route.getValue().apply(other).statusCode(), route.getKey());
        }
        assertEquals(before, state());
        assertFalse(other.get("/authoring/courses").body().contains("/authoring/courses/" + course + "\""));
    }

    @Test
    void a_learner_of_the_owner_unit_is_refused_on_every_route_and_on_the_list() {
        AuthorSession learner = signIn("LEARNER", communeA);
        String before = state();
        for (var route : writes()) {
            assertEquals(403, route.getValue().apply(learner).statusCode(), route.getKey());
        }
        assertEquals(403, learner.get("/authoring/courses").statusCode());
        assertEquals(403, learner.get("/authoring/courses/new").statusCode());
        assertEquals(403, learner.multipart("/authoring/courses", AuthoringCourseTest.fields("cua-hoc-vien", "Khóa", "", communeA),
                AuthorSession.noFile("cover")).statusCode());
        assertEquals(before, state());
        assertEquals(0, f.fixtures.queryLong("select count(*) from course where slug = 'cua-hoc-vien'"));
    }

    @Test
    void a_module_or_lesson_of_another_course_is_not_found_through_a_course_the_trainer_may_edit() {
        long mine = f.course(communeA, "INTERNAL", false, true).id();
        assertEquals(404, trainer.form("/authoring/courses/" + mine + "/lessons/" + lesson + "/delete", Map.of()).statusCode());
        assertEquals(404, trainer.form("/authoring/courses/" + mine + "/modules/" + module + "/delete", Map.of()).statusCode());
        assertTrue(state().contains(":false"), "the lesson is still there");
    }

    @Test
    void a_provincial_trainer_edits_a_commune_course() {
        long province = f.fixtures.queryLong("select parent_id from unit where id = ?", communeA);
        AuthorSession upper = signIn("TRAINER", province);
        assertEquals(200, upper.get("/authoring/courses/" + course).statusCode());
        assertTrue(upper.get("/authoring/courses").body().contains("/authoring/courses/" + course + "\""));
    }
}
