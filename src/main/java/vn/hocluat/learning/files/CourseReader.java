package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.learning.files.CourseDraft.LessonDraft;
import vn.hocluat.learning.files.CourseDraft.ModuleDraft;
import vn.hocluat.learning.files.CourseNames.MediaKind;
import vn.hocluat.learning.files.CourseNames.Numbered;
import vn.hocluat.org.AudienceGroup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a course folder (courses/README.md) into a {@link CourseDraft}, or collects every problem
 * it finds — file, line, message — without stopping at the first. Reads nothing but the names the
 * format allows; other files are ignored.
 */
final class CourseReader {
    static final long MARKDOWN_MAX = CourseFolder.MB;
    static final Set<String> COURSE_KEYS = new LinkedHashSet<>(List.of("title", "version", "summary", "language", "audience",
            "topics", "unit", "visibility", "self-enrol", "published", "estimated-minutes", "min-minutes", "cover"));
    static final Set<String> MODULE_KEYS = Set.of("title");
    private static final String[] AUDIENCES = Arrays.stream(AudienceGroup.values()).map(Enum::name).toArray(String[]::new);

    /** The draft when the folder has no problem, else null and the problems. */
    record Result(@Nullable CourseDraft draft, List<FileIssue> issues) {
    }

    private final CourseFolder folder;
    private final CourseAssets assets;
    private final List<FileIssue> issues;
    /** Lesson files found, read or not: "no lessons" is reported only when there are none at all. */
    private int lessonCount;

    private CourseReader(CourseFolder folder, List<FileIssue> issues) {
        this.folder = folder;
        this.assets = new CourseAssets(folder, issues);
        this.issues = issues;
    }

    static Result read(Path coursesRoot, Path dir, CourseAssets.Limits limits) {
        List<FileIssue> issues = new ArrayList<>();
        String slug = dir.getFileName().toString();
        if (!CourseNames.slug(slug)) {
            issues.add(FileIssue.at(null, 0, "course.files.error.folderName", slug));
            return new Result(null, issues);
        }
        Optional<CourseFolder> folder = CourseFolder.open(coursesRoot, dir, issues);
        if (folder.isEmpty()) {
            return new Result(null, issues);
        }
        CourseDraft draft = new CourseReader(folder.get(), issues).course(slug, limits);
        issues.sort(Comparator.comparing(FileIssue::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparingInt(FileIssue::line));
        return new Result(issues.isEmpty() ? draft : null, issues);
    }

    @Nullable
    private CourseDraft course(String slug, CourseAssets.Limits limits) {
        List<CourseFolder.Entry> moduleDirs = new ArrayList<>();
        for (CourseFolder.Entry e : folder.list("")) {
            if (e.name().equals(CourseNames.MEDIA) || e.name().equals(CourseNames.QUESTIONS)) {
                if (!e.directory()) {
                    issues.add(FileIssue.at(e.relative(), 0, "course.files.error.notAFolder"));
                } else if (e.name().equals(CourseNames.MEDIA)) {
                    assets.readMedia(limits);
                } else {
                    assets.listQuestions();
                }
            } else if (Character.isDigit(e.name().charAt(0))) {
                if (e.directory() && CourseNames.numbered(e.name()).isPresent()) {
                    moduleDirs.add(e);
                } else {
                    issues.add(FileIssue.at(e.relative(), 0, "course.files.error.moduleName"));
                }
            }
        }
        Optional<FrontMatter> fm = frontMatter(CourseNames.COURSE_FILE, COURSE_KEYS);
        List<ModuleDraft> modules = modules(moduleDirs);
        if (fm.isEmpty()) {
            return null;
        }
        Fields c = new Fields(CourseNames.COURSE_FILE, fm.get(), issues);
        String title = c.required("title", Fields.TITLE_MAX);
        Integer version = c.has("version") ? c.whole("version", 1, 1_000_000_000) : null;
        if (!c.has("version")) {
            c.error("version", "course.files.error.required", "version");
        }
        String summary = c.required("summary", 2000);
        String language = c.choice("language", "course.files.error.language", "vi", "en");
        List<String> audience = c.list("audience");
        audience.stream().filter(a -> !Arrays.asList(AUDIENCES).contains(a))
                .forEach(a -> c.error("audience", "course.files.error.audience", a, String.join(", ", AUDIENCES)));
        List<String> topics = c.list("topics");
        topics.stream().filter(t -> !CourseNames.slug(t))
                .forEach(t -> c.error("topics", "course.files.error.topic", t));
        String unit = c.text("unit", 32);
        String visibility = c.choice("visibility", "course.files.error.visibility", "public", "internal");
        boolean selfEnrol = c.yesNo("self-enrol", true);
        boolean published = c.yesNo("published", true);
        Integer estimated = c.whole("estimated-minutes", 1, 100_000);
        Integer minMinutes = c.whole("min-minutes", 1, 100_000);
        String cover = c.has("cover") ? assets.media(c, "cover", MediaKind.IMAGE) : null;
        assets.checkBody(CourseNames.COURSE_FILE, fm.get().body(), fm.get().bodyLine());
        if (lessonCount == 0) {
            issues.add(FileIssue.at(CourseNames.COURSE_FILE, 0, "course.files.error.noLessons"));
        }
        if (!issues.isEmpty()) {
            return null;
        }
        return new CourseDraft(slug, version, title, summary, fm.get().body(), language == null ? "vi" : language,
                audience, topics, unit, c.line("unit"), c.line("version"), "public".equals(visibility), selfEnrol, published,
                estimated, minMinutes, cover, modules, assets.media(), assets.questionFiles());
    }

    private List<ModuleDraft> modules(List<CourseFolder.Entry> dirs) {
        List<ModuleDraft> out = new ArrayList<>();
        Map<String, String> moduleSlugs = new HashMap<>();
        Map<String, String> lessonSlugs = new HashMap<>();
        for (CourseFolder.Entry dir : byNumber(dirs)) {
            String slug = CourseNames.numbered(dir.name()).orElseThrow().slug();
            String other = moduleSlugs.putIfAbsent(slug, dir.relative());
            if (other != null) {
                issues.add(FileIssue.at(dir.relative(), 0, "course.files.error.duplicateModule", slug, other));
            }
            String moduleFile = dir.relative() + "/" + CourseNames.MODULE_FILE;
            Optional<FrontMatter> fm = frontMatter(moduleFile, MODULE_KEYS);
            String title = fm.map(m -> new Fields(moduleFile, m, issues).required("title", Fields.TITLE_MAX)).orElse(null);
            fm.ifPresent(m -> assets.checkBody(moduleFile, m.body(), m.bodyLine()));
            List<LessonDraft> lessons = new ArrayList<>();
            for (CourseFolder.Entry e : lessonFiles(dir)) {
                lessonCount++;
                String lessonSlug = CourseNames.numbered(stripMd(e.name())).orElseThrow().slug();
                String twin = lessonSlugs.putIfAbsent(lessonSlug, e.relative());
                if (twin != null) {
                    issues.add(FileIssue.at(e.relative(), 0, "course.files.error.duplicateLesson", lessonSlug, twin));
                }
                frontMatter(e.relative(), LessonReader.KEYS)
                        .map(m -> new LessonReader(assets).read(e.relative(), lessonSlug, m, issues))
                        .ifPresent(lessons::add);
            }
            out.add(new ModuleDraft(slug, title, fm.map(FrontMatter::body).orElse(""), lessons));
        }
        return out;
    }

    /** The lesson files of a module folder in order; wrongly named Markdown files and sub-folders are reported. */
    private List<CourseFolder.Entry> lessonFiles(CourseFolder.Entry dir) {
        List<CourseFolder.Entry> lessons = new ArrayList<>();
        for (CourseFolder.Entry e : folder.list(dir.relative())) {
            if (e.name().equals(CourseNames.MODULE_FILE)) {
                continue;
            }
            if (e.directory()) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.unexpectedFolder"));
            } else if (e.name().endsWith(".md")) {
                if (CourseNames.numbered(stripMd(e.name())).isPresent()) {
                    lessons.add(e);
                } else {
                    issues.add(FileIssue.at(e.relative(), 0, "course.files.error.lessonName"));
                }
            }
        }
        return byNumber(lessons);
    }

    private Optional<FrontMatter> frontMatter(String file, Set<String> keys) {
        if (!folder.exists(file)) {
            issues.add(FileIssue.at(file, 0, "course.files.error.missingFile"));
            return Optional.empty();
        }
        return folder.text(file, MARKDOWN_MAX).flatMap(text -> FrontMatter.parse(file, text, keys, issues));
    }

    private static List<CourseFolder.Entry> byNumber(List<CourseFolder.Entry> entries) {
        Comparator<CourseFolder.Entry> order = Comparator.comparing(
                (CourseFolder.Entry e) -> CourseNames.numbered(stripMd(e.name())).orElseThrow(), Comparator
                        .comparing(Numbered::number).thenComparing(Numbered::slug));
        return entries.stream().sorted(order).toList();
    }

    private static String stripMd(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
