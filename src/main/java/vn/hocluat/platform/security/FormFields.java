package vn.hocluat.platform.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Finds one field in a raw form body (url-encoded or multipart) without binding the whole form. */
final class FormFields {
    private FormFields() {
    }

    static String urlEncoded(byte[] body, String name) {
        if (body == null) {
            return null;
        }
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The value of a small text part: the bytes between its headers and the next boundary. */
    static String multipart(byte[] body, String boundary, String name) {
        if (body == null || boundary == null) {
            return null;
        }
        // scanned as bytes, without a copy of the body: a media upload may be hundreds of MB, and
        // the token (the form's first field) is usually found in the first part
        byte[] delimiter = ascii("--" + boundary);
        byte[] lineDelimiter = ascii("\r\n--" + boundary);
        byte[] blank = ascii("\r\n\r\n");
        String header = "name=\"" + name + "\"";
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersEnd = indexOf(body, blank, at);
            if (headersEnd < 0) {
                return null;
            }
            int next = indexOf(body, lineDelimiter, headersEnd);
            if (next < 0) {
                return null;
            }
            String headers = new String(body, at, headersEnd - at, StandardCharsets.ISO_8859_1);
            if (headers.contains(header) && !headers.contains("filename=")) {
                return new String(body, headersEnd + 4, next - headersEnd - 4, StandardCharsets.UTF_8).trim();
            }
            at = next + 2;
        }
        return null;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
