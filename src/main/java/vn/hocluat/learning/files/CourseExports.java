package vn.hocluat.learning.files;

import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.platform.security.CurrentUser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The export of a course for those who may edit it: a zip of its courses/ folder, named by its slug. */
@Singleton
class CourseExports {
    /** Fixed entry times, so the same course gives the same zip. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    /** The zip and its course's slug. */
    record Zip(String slug, byte[] bytes) {
    }

    private final CourseAccess access;
    private final CourseExporter exporter;

    CourseExports(CourseAccess access, CourseExporter exporter) {
        this.access = access;
        this.exporter = exporter;
    }

    /** 404 when the caller may not see the course, 403 when they may see but not edit it. */
    Zip zip(CurrentUser user, long courseId) {
        CourseHead head = access.requireEdit(user, courseId);
        Map<String, byte[]> files = exporter.export(head.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(head.slug() + "/" + f.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Zip(head.slug(), out.toByteArray());
    }
}
