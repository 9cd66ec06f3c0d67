package vn.hocluat.learning.files;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.learning.files.CourseImporter.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports every course folder of a {@code courses/} directory: each folder read, checked and
 * written on its own, so a bad folder is skipped (logged, its problems kept for the report page)
 * and the others still import. The run's report replaces the previous one.
 */
@Singleton
public class CoursesImport {
    private static final Logger LOG = LoggerFactory.getLogger(CoursesImport.class);

    private final CourseImporter importer;
    private final ImportReport report;
    private final CourseAssets.Limits limits;

    CoursesImport(CourseImporter importer, ImportReport report,
                  @Value("${hocluat.learning.max-image-mb:2}") long imageMb,
                  @Value("${hocluat.learning.max-video-mb:200}") long videoMb,
                  @Value("${hocluat.learning.max-audio-mb:60}") long audioMb,
                  @Value("${hocluat.learning.max-document-mb:20}") long documentMb) {
        this.importer = importer;
        this.report = report;
        this.limits = new CourseAssets.Limits(imageMb * CourseFolder.MB, videoMb * CourseFolder.MB,
                audioMb * CourseFolder.MB, documentMb * CourseFolder.MB);
    }

    /** Imports the folders of {@code dir} (none when it does not exist) and records the report. */
    public List<ImportReport.Folder> importAll(Path dir) {
        List<ImportReport.Folder> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path folder : entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                out.add(importOne(dir, folder));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the courses folder {}: {}", dir.toAbsolutePath(), e.toString());
            return out;
        }
        report.replace(out);
        return out;
    }

    private ImportReport.Folder importOne(Path root, Path folder) {
        String name = folder.getFileName().toString();
        CourseReader.Result read = CourseReader.read(root, folder, limits);
        if (read.draft() == null) {
            return skipped(name, read.issues());
        }
        try {
            CourseImporter.Result r = importer.write(read.draft());
            LOG.info("Course folder {}: {} (version {})", name, r.outcome(), r.version());
            return new ImportReport.Folder(name, r.outcome(), r.courseId(), r.version(), List.of(), null);
        } catch (CourseImporter.Rejected e) {
            return skipped(name, e.issues());
        } catch (RuntimeException e) {
            LOG.warn("Course folder {} could not be written", name, e);
            return skipped(name, List.of(FileIssue.at(null, 0, "course.files.error.unexpected", e.getClass().getSimpleName())));
        }
    }

    private static ImportReport.Folder skipped(String name, List<FileIssue> issues) {
        LOG.warn("Course folder {} skipped: {} problem(s), first: {} line {} {} {}", name, issues.size(),
                issues.get(0).file(), issues.get(0).line(), issues.get(0).messageKey(), issues.get(0).args());
        return new ImportReport.Folder(name, Outcome.SKIPPED, null, null, issues, null);
    }
}
