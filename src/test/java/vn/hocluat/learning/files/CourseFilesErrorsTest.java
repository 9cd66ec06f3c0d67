package vn.hocluat.learning.files;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.files.CourseImporter.Outcome;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bad course folder is skipped with every problem named by file and line, and the other folders still import. */
@MicronautTest(transactional = false)
class CourseFilesErrorsTest implements TestDatabase {
    @Inject
    CoursesImport imports;
    @Inject
    Messages messages;

    private List<String> texts(ImportReport.Folder folder) {
        return folder.issues().stream().map(i -> i.describe(messages, Messages.VI)).toList();
    }

    @Test
    void a_bad_folder_is_skipped_with_every_problem_and_does_not_stop_the_others() throws IOException {
        Path root = CourseFolders.newRoot();
        String bad = "a-" + CourseFolders.slug();
        String good = "b-" + CourseFolders.slug();
        Path dir = CourseFolders.smallCourse(root, bad, 1, "Khóa lỗi", "");
        CourseFolders.smallCourse(root, good, 1, "Khóa tốt", "");
        CourseFolders.write(dir, "course.md", "---\ntitel: Khóa lỗi\nversion: 1\nsummary: Tóm tắt.\n---\n");
        CourseFolders.write(dir, "01-nhap-mon/module.md", "---\n# chương không tên\n---\n");
        CourseFolders.write(dir, "01-nhap-mon/01-gioi-thieu.md", "---\ntitle: Giới thiệu\nkind: podcast\n---\n");
        CourseFolders.write(dir, "01-nhap-mon/02-nghe.md", "---\ntitle: Nghe\nkind: audio\nrequired: yes\nfile: ../../etc/passwd\n---\n");
        CourseFolders.write(dir, "questions/kiem-tra.gift", "::Câu 1:: Năm thông qua?\n{=2013 ~2012\n");
        CourseFolders.write(dir, "media/big.png", new byte[2 * 1024 * 1024 + 1]);
        Path outside = Files.createTempFile("hocluat-outside", ".png");
        Files.createSymbolicLink(dir.resolve("media/link.png"), outside);
        Files.createDirectories(root.resolve("Ten_Sai"));

        List<ImportReport.Folder> report = imports.importAll(root);

        assertEquals(List.of("Ten_Sai", bad, good), report.stream().map(ImportReport.Folder::folder).toList());
        assertEquals(List.of(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.IMPORTED), report.stream().map(ImportReport.Folder::outcome).toList());
        assertEquals(List.of("tên thư mục \"Ten_Sai\" không dùng được làm địa chỉ khóa học: chỉ gồm chữ thường a–z, số 0–9 và dấu gạch nối đơn, tối đa 80 ký tự"),
                texts(report.get(0)));
        assertEquals(List.of(
                "Tệp 01-nhap-mon/01-gioi-thieu.md, dòng 3: khóa `kind` phải là text, video, audio, document hoặc quiz (đang là \"podcast\")",
                "Tệp 01-nhap-mon/02-nghe.md, dòng 5: khóa `file` phải có dạng media/<tên tệp>: tên tệp gồm chữ, số, dấu chấm, gạch dưới, gạch nối, không có \"..\" hay thư mục khác",
                "Tệp 01-nhap-mon/module.md, dòng 1: thiếu khóa `title` (bắt buộc)",
                "Tệp course.md, dòng 1: thiếu khóa `title` (bắt buộc)",
                "Tệp course.md, dòng 2: khóa `titel` không có trong định dạng; các khóa dùng được: title, version, summary, language, audience, topics, unit, visibility, self-enrol, published, estimated-minutes, min-minutes, cover",
                "Tệp media/big.png: tệp nặng 2.1 MB, vượt giới hạn 2 MB",
                "Tệp media/link.png: đây là liên kết trỏ ra ngoài thư mục khóa học nên không được đọc",
                "Tệp questions/kiem-tra.gift, dòng 2: thiếu dấu \"}\" đóng khối đáp án bắt đầu ở dòng 2. Nếu dấu \"{\" là một phần nội dung, hãy viết \"\\{\"."),
                texts(report.get(1)));
    }
}
