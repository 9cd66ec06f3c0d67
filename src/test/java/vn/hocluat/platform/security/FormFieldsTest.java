package vn.hocluat.platform.security;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The CSRF token read from a multipart body as the browser sends it. */
class FormFieldsTest {
    private static final String B = "----WebKitFormBoundaryX";

    private static byte[] body(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : parts) {
            out.writeBytes(("--" + B + "\r\n" + p + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + B + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void token_after_a_binary_file_part_is_found() {
        String file = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF\u0000\u00ff\r\n-- not a boundary";
        byte[] body = body(file, "Content-Disposition: form-data; name=\"title\"\r\n\r\nBài một",
                "Content-Disposition: form-data; name=\"csrfToken\"\r\n\r\nabc.def");
        assertEquals("abc.def", FormFields.multipart(body, B, "csrfToken"));
        assertEquals("Bài một", FormFields.multipart(body, B, "title"));
    }

    @Test
    void a_file_part_named_like_the_field_or_a_missing_field_gives_nothing() {
        byte[] body = body("Content-Disposition: form-data; name=\"csrfToken\"; filename=\"t.txt\"\r\n\r\nabc");
        assertNull(FormFields.multipart(body, B, "csrfToken"));
        assertNull(FormFields.multipart(body(), B, "csrfToken"));
        assertNull(FormFields.multipart(body, null, "csrfToken"));
    }
}
