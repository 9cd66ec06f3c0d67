package vn.hocluat.learning.authoring;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Safe media names from what a browser sends, and the type check by extension and first bytes. */
class MediaNamesTest {

    @Test
    void a_path_in_the_uploaded_name_is_dropped() {
        assertEquals("evil.pdf", MediaNames.safe("../../evil.pdf", "pdf", "tep"));
        assertEquals("b.pdf", MediaNames.safe("a/b.pdf", "pdf", "tep"));
        assertEquals("x.pdf", MediaNames.safe("C:\\Users\\An\\x.pdf", "pdf", "tep"));
        assertEquals("tep.pdf", MediaNames.safe("../..pdf", "pdf", "tep"));
    }

    @Test
    void vietnamese_is_transliterated_and_other_characters_become_hyphens() {
        assertEquals("bai-giang-so-1-luat-hoa-giai.pdf", MediaNames.safe("Bài giảng số 1 (Luật hòa giải).PDF", "pdf", "tep"));
        assertEquals("dieu-1.2_ban-in.docx", MediaNames.safe("Điều 1..2_bản in.docx", "docx", "tep"));
        assertEquals("anh.png", MediaNames.safe("...png", "png", "anh"));
        assertEquals("pdf", MediaNames.extension("../../evil.PDF"));
        assertEquals("", MediaNames.extension("README"));
    }

    @Test
    void long_names_are_cut_to_the_column_size_and_numbered_names_stay_within_it() {
        String name = MediaNames.safe("a".repeat(300) + ".mp4", "mp4", "tep");
        assertEquals(120, name.length());
        assertTrue(name.endsWith("a.mp4"));
        assertEquals(120, MediaNames.numbered(name, 12).length());
        assertEquals("bai-2.pdf", MediaNames.numbered("bai.pdf", 2));
    }

    @Test
    void extensions_and_first_bytes_must_agree() {
        assertTrue(MediaKind.magicMatches("pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(MediaKind.magicMatches("pdf", new byte[]{'M', 'Z', (byte) 0x90, 0}));
        assertTrue(MediaKind.magicMatches("png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertTrue(MediaKind.magicMatches("jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertTrue(MediaKind.magicMatches("webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(MediaKind.magicMatches("mp4", "\0\0\0\u0018ftypmp42".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(MediaKind.magicMatches("m4a", "\0\0\0\u0020ftypM4A ".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(MediaKind.magicMatches("webm", new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}));
        assertTrue(MediaKind.magicMatches("mp3", "ID3\u0004".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(MediaKind.magicMatches("mp3", new byte[]{(byte) 0xFF, (byte) 0xFB, (byte) 0x90}));
        assertTrue(MediaKind.magicMatches("ogg", "OggS\0".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(MediaKind.magicMatches("docx", new byte[]{'P', 'K', 3, 4}));
        assertFalse(MediaKind.magicMatches("exe", new byte[]{'M', 'Z'}));
        assertFalse(MediaKind.magicMatches("png", new byte[0]));
    }

    @Test
    void each_lesson_kind_takes_its_own_extensions() {
        assertEquals("mp4, webm", MediaKind.VIDEO.extensions());
        assertEquals("mp3, m4a, ogg", MediaKind.AUDIO.extensions());
        assertEquals("pdf, docx", MediaKind.DOCUMENT.extensions());
        assertEquals("png, jpg, jpeg, webp", MediaKind.IMAGE.extensions());
        assertFalse(MediaKind.DOCUMENT.allows("exe"));
        assertTrue(MediaKind.DOCUMENT.allows("PDF"));
        assertEquals("application/pdf", MediaKind.DOCUMENT.contentType("pdf"));
    }
}
