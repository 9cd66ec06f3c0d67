package vn.hocluat.learning.files;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The front matter rules of courses/README.md, as pure logic. */
class FrontMatterTest {
    private static final Set<String> KEYS = Set.of("title", "kind", "url");

    @Test
    void reads_key_value_lines_with_crlf_comments_and_colons_in_values() {
        List<FileIssue> issues = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse("a.md", "---\r\n# ghi chú\r\ntitle:  Bài 1: Mở đầu  \r\n\r\nurl: https://x.vn/a:b\r\n---\r\n\r\n\r\nNội dung\r\ndòng 2  \r\n\r\n",
                KEYS, issues).orElseThrow();

        assertEquals(List.of(), issues);
        assertEquals("Bài 1: Mở đầu", fm.get("title").orElseThrow().value());
        assertEquals(3, fm.lineOf("title"));
        assertEquals("https://x.vn/a:b", fm.get("url").orElseThrow().value());
        assertEquals("Nội dung\ndòng 2", fm.body());
        assertEquals(9, fm.bodyLine());
    }

    @Test
    void reports_bad_lines_unknown_and_repeated_keys_with_their_lines() {
        List<FileIssue> issues = new ArrayList<>();
        FrontMatter.parse("a.md", "---\ntitle: A\nkhông có dấu hai chấm\nTitle: B\ntitle: C\n---\n", KEYS, issues);

        assertEquals(List.of(FileIssue.at("a.md", 3, "course.files.error.notKeyValue", "không có dấu hai chấm"),
                FileIssue.at("a.md", 4, "course.files.error.unknownKey", "Title", String.join(", ", KEYS)),
                FileIssue.at("a.md", 5, "course.files.error.duplicateKey", "title", 2)), issues);
    }

    @Test
    void a_file_without_an_opening_or_closing_fence_is_reported_once() {
        List<FileIssue> issues = new ArrayList<>();
        assertTrue(FrontMatter.parse("a.md", "title: A\n", KEYS, issues).isEmpty());
        assertTrue(FrontMatter.parse("b.md", "---\ntitle: A\n", KEYS, issues).isEmpty());
        assertEquals(List.of(FileIssue.at("a.md", 1, "course.files.error.noFrontMatter"),
                FileIssue.at("b.md", 1, "course.files.error.unclosedFrontMatter")), issues);
    }

    @Test
    void written_files_read_back_to_the_same_fields_and_body() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Tiêu đề\nhai dòng");
        fields.put("kind", "text");
        String text = FrontMatter.write(fields, "\n  \nĐoạn một.\r\n\r\nĐoạn hai.\n\n");

        assertEquals("---\ntitle: Tiêu đề hai dòng\nkind: text\n---\n\nĐoạn một.\n\nĐoạn hai.\n", text);
        FrontMatter back = FrontMatter.parse("a.md", text, KEYS, new ArrayList<>()).orElseThrow();
        assertEquals("Đoạn một.\n\nĐoạn hai.", back.body());
        assertEquals(text, FrontMatter.write(fields, back.body()));
    }
}
