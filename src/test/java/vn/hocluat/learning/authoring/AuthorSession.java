package vn.hocluat.learning.authoring;

import vn.hocluat.support.Web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A signed-in browser for the authoring pages: the shared {@link Web} client with the forms' shapes. */
final class AuthorSession {
    private final Web web;

    /** A file part; a null name sends the empty part a browser sends when no file was chosen. */
    record FilePart(String field, String filename, byte[] content) {
    }

    AuthorSession(URI base, String username, String password) {
        this.web = new Web(base).login(username, password);
    }

    static FilePart noFile(String field) {
        return new FilePart(field, null, new byte[0]);
    }

    HttpResponse<String> get(String path) {
        return web.get(path);
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        return web.postForm(path, fields);
    }

    HttpResponse<String> multipart(String path, List<Map.Entry<String, String>> fields, FilePart file) {
        return web.postMultipart(path, fields, file.field(), file.filename(), file.content());
    }

    HttpResponse<String> multipart(String path, Map<String, String> fields, FilePart file) {
        return multipart(path, List.copyOf(fields.entrySet()), file);
    }
}
