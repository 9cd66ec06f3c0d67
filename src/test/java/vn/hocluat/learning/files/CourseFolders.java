package vn.hocluat.learning.files;

import vn.hocluat.support.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Course folders written as real files for the import tests: a small valid course, and helpers to change it. */
final class CourseFolders {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    static final byte[] MP3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 1};

    private CourseFolders() {
    }

    static Path newRoot() {
        try {
            return Files.createTempDirectory("hocluat-courses");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug() {
        return Fixtures.unique("kh").toLowerCase(Locale.ROOT);
    }

    static void write(Path dir, String relative, String text) {
        write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path dir, String relative, byte[] bytes) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeAll(Path dir, Map<String, byte[]> files) {
        files.forEach((rel, bytes) -> write(dir, rel, bytes));
    }

    static void delete(Path dir, String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A course of two modules: a text lesson with an image, an optional audio lesson, and a quiz
     * lesson drawing 2 of the 3 questions of questions/kiem-tra.gift; media/unused.pdf is not used.
     */
    static Path smallCourse(Path root, String slug, int version, String title, String unitLine) {
        Path dir = root.resolve(slug);
        write(dir, "course.md", """
                ---
                title: %s
                version: %d
                summary: Khóa học thử về hòa giải ở cơ sở.
                audience: MEDIATOR, OFFICIAL
                topics: hoa-giai-co-so
                %s
                estimated-minutes: 60
                cover: media/bia.png
                ---

                Khóa học giới thiệu **Luật Hòa giải ở cơ sở 2013**.
                """.formatted(title, version, unitLine));
        write(dir, "01-nhap-mon/module.md", "---\ntitle: Nhập môn\n---\n\nChương mở đầu.\n");
        write(dir, "01-nhap-mon/01-gioi-thieu.md", """
                ---
                title: Giới thiệu
                kind: text
                minutes: 10
                ---

                Hòa giải ở cơ sở theo Điều 2 Luật Hòa giải ở cơ sở.

                ![Bìa](media/bia.png)
                """);
        write(dir, "01-nhap-mon/02-nghe.md", """
                ---
                title: Nghe giảng
                kind: audio
                required: no
                file: media/bai-1.mp3
                ---
                """);
        write(dir, "02-kiem-tra/module.md", "---\ntitle: Kiểm tra\n---\n");
        write(dir, "02-kiem-tra/01-bai-kiem-tra.md", """
                ---
                title: Bài kiểm tra cuối khóa
                kind: quiz
                questions: questions/kiem-tra.gift
                draw: 2
                pass-percent: 70
                attempts: 3
                time-limit-minutes: 15
                ---

                Làm bài để hoàn thành khóa học.
                """);
        write(dir, "questions/kiem-tra.gift", """
                // [difficulty:EASY]
                ::Câu 1:: Luật Hòa giải ở cơ sở được thông qua năm nào? {=2013 ~2012 ~2015}

                ::Câu 2:: Tổ hòa giải có ít nhất bao nhiêu thành viên? {#3}

                $CATEGORY: Hòa giải/Nguyên tắc
                ::Câu 3:: Hòa giải viên phải tôn trọng sự tự nguyện của các bên. {T}
                """);
        write(dir, "media/bia.png", PNG);
        write(dir, "media/bai-1.mp3", MP3);
        write(dir, "media/unused.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        return dir;
    }
}
