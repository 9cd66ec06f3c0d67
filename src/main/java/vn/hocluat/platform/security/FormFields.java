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
        // Latin-1 maps bytes 1:1 to chars, so offsets stay valid whatever the file parts contain
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        String header = "name=\"" + name + "\"";
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int headersEnd = text.indexOf("\r\n\r\n", at);
            if (headersEnd < 0) {
                return null;
            }
            int next = text.indexOf("\r\n" + delimiter, headersEnd);
            if (next < 0) {
                return null;
            }
            String headers = text.substring(at, headersEnd);
            if (headers.contains(header) && !headers.contains("filename=")) {
                return text.substring(headersEnd + 4, next).trim();
            }
            at = next + 2;
        }
        return null;
    }
}
