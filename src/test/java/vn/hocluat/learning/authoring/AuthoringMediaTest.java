package vn.hocluat.learning.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.MediaStore;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads through the authoring pages: real files accepted, wrong types and sizes refused with the limit, safe names. */
@MicronautTest(transactional = false)
class AuthoringMediaTest extends AuthoringScene {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    Map<String, String> documentLesson(String slug, long module) {
        return new HashMap<>(Map.of("title", "Tài liệu " + slug, "slug", slug, "kind", "DOCUMENT", "body", "", "moduleId",
                Long.toString(module), "required", "1", "url", "", "quizId", "", "minutes", ""));
    }

    HttpResponse<String> upload(long course, long module, String slug, String filename, byte[] content) {
        return trainer.multipart("/authoring/courses/" + course + "/modules/" + module + "/lessons", documentLesson(slug, module),
                new AuthorSession.FilePart("file", filename, content));
    }

    @Test
    void a_real_png_cover_and_a_real_pdf_document_are_stored() throws IOException {
        long course = f.course(commune, "INTERNAL", false, true).id();
        byte[] png = png();
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course, AuthoringCourseTest.fields(
                f.quiz.text("select slug from course where id = ?", course), "Có ảnh bìa", "", commune),
                new AuthorSession.FilePart("cover", "Ảnh bìa khóa học.png", png));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("anh-bia-khoa-hoc.png|image/png|" + png.length, f.quiz.text("""
                select m.name || '|' || m.content_type || '|' || m.size_bytes from course c join course_media m on m.id = c.cover_media_id
                where c.id = ?""", course));

        long module = f.module(course, "Tài liệu");
        HttpResponse<String> stored = upload(course, module, "luat", "Luật Hòa giải.pdf", PDF);
        assertEquals(303, stored.statusCode(), stored.body());
        assertEquals("luat-hoa-giai.pdf|application/pdf|" + PDF.length, f.quiz.text("""
                select m.name || '|' || m.content_type || '|' || m.size_bytes from lesson l join course_media m on m.id = l.media_id
                where l.course_id = ? and l.slug = 'luat'""", course));
        assertEquals(MediaStore.sha256(PDF), f.quiz.text("""
                select encode(sha256(m.data), 'hex') from lesson l join course_media m on m.id = l.media_id
                where l.course_id = ? and l.slug = 'luat'""", course));
    }

    @Test
    void a_path_in_the_file_name_is_dropped_and_a_name_in_use_gets_a_number() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = f.module(course, "Tài liệu");
        assertEquals(303, upload(course, module, "mot", "../../evil.pdf", PDF).statusCode());
        assertEquals(303, upload(course, module, "hai", "evil.pdf", PDF).statusCode());
        assertEquals("evil.pdf,evil-2.pdf", f.quiz.text("select string_agg(name, ',' order by id) from course_media where course_id = ?", course));
    }

    @Test
    void a_new_file_replaces_the_old_one_and_a_link_replaces_a_file() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = f.module(course, "Tài liệu");
        assertEquals(303, upload(course, module, "doc", "cu.pdf", PDF).statusCode());
        long lesson = f.fixtures.queryLong("select id from lesson where course_id = ? and slug = 'doc'", course);
        assertTrue(trainer.get("/authoring/courses/" + course + "/lessons/" + lesson + "/edit").body().contains("Tệp hiện tại: cu.pdf"));

        HttpResponse<String> kept = trainer.multipart("/authoring/courses/" + course + "/lessons/" + lesson, documentLesson("doc", module),
                AuthorSession.noFile("file"));
        assertEquals(303, kept.statusCode(), kept.body());
        assertEquals("cu.pdf", f.quiz.text("select m.name from lesson l join course_media m on m.id = l.media_id where l.id = ?", lesson));

        assertEquals(303, trainer.multipart("/authoring/courses/" + course + "/lessons/" + lesson, documentLesson("doc", module),
                new AuthorSession.FilePart("file", "moi.pdf", PDF)).statusCode());
        assertEquals("moi.pdf", f.quiz.text("select string_agg(name, ',') from course_media where course_id = ?", course));

        Map<String, String> video = documentLesson("doc", module);
        video.putAll(Map.of("kind", "VIDEO", "url", "https://video.example.vn/hoa-giai"));
        assertEquals(303, trainer.multipart("/authoring/courses/" + course + "/lessons/" + lesson, video, AuthorSession.noFile("file")).statusCode());
        assertEquals("VIDEO|https://video.example.vn/hoa-giai|", f.quiz.text(
                "select kind || '|' || external_url || '|' || coalesce(media_id::text, '') from lesson where id = ?", lesson));
        assertEquals(0, f.fixtures.queryLong("select count(*) from course_media where course_id = ?", course));
    }

    @Test
    void a_program_renamed_pdf_is_refused_by_its_first_bytes() {
        long course = f.course(commune, "INTERNAL", false, true).id();
        long module = f.module(course, "Tài liệu");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        HttpResponse<String> r = upload(course, module, "gia", "tai-lieu.pdf", exe);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"file-error\">Nội dung tệp &quot;tai-lieu.pdf&quot; không phải tệp PDF thật dù có đuôi .pdf: "
                + "hãy chọn đúng tệp.</p>"), r.body());
        HttpResponse<String> exeName = upload(course, module, "gia", "setup.exe", exe);
        assertTrue(exeName.body().contains("id=\"file-error\">Tệp &quot;setup.exe&quot; không dùng được cho tài liệu: chỉ nhận tệp pdf, docx.</p>"),
                exeName.body());
        HttpResponse<String> empty = upload(course, module, "gia", "rong.pdf", new byte[0]);
        assertTrue(empty.body().contains("id=\"file-error\">Tệp &quot;rong.pdf&quot; rỗng (0 byte): hãy chọn lại đúng tệp.</p>"), empty.body());
        assertEquals(0, f.fixtures.queryLong("select count(*) from course_media where course_id = ?", course));
        assertEquals(0, f.fixtures.queryLong("select count(*) from lesson where course_id = ?", course));
    }

    @Test
    void files_over_the_limit_of_their_kind_are_refused_naming_the_limit() throws IOException {
        long course = f.course(commune, "INTERNAL", false, true).id();
        byte[] bigPng = Arrays.copyOf(png(), 3 * 1024 * 1024);
        HttpResponse<String> r = trainer.multipart("/authoring/courses/" + course, AuthoringCourseTest.fields(
                f.quiz.text("select slug from course where id = ?", course), "Ảnh lớn", "", commune),
                new AuthorSession.FilePart("cover", "bia.png", bigPng));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("id=\"cover-error\">Tệp &quot;bia.png&quot; quá lớn (3 MB): ảnh bìa tối đa 2 MB.</p>"), r.body());
        assertEquals("Khóa học " + f.quiz.text("select slug from course where id = ?", course),
                f.quiz.text("select title from course where id = ?", course), "nothing written");

        long module = f.module(course, "Tài liệu");
        byte[] bigPdf = Arrays.copyOf(PDF, 21 * 1024 * 1024 + 300 * 1024);
        HttpResponse<String> doc = upload(course, module, "lon", "lon.pdf", bigPdf);
        assertEquals(422, doc.statusCode());
        assertTrue(doc.body().contains("id=\"file-error\">Tệp &quot;lon.pdf&quot; quá lớn (21,3 MB): tài liệu tối đa 20 MB.</p>"), doc.body());
        assertEquals(0, f.fixtures.queryLong("select count(*) from course_media where course_id = ?", course));
    }

    @Test
    void other_pages_keep_the_twenty_megabyte_limit() {
        AuthorSession manager = signIn("MANAGER", commune);
        HttpResponse<String> r = manager.multipart("/people/import", List.of(), new AuthorSession.FilePart("file", "ds.csv", new byte[21 * 1024 * 1024]));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("Tệp tải lên quá lớn: tối đa 20 MB."), r.body());
    }
}
