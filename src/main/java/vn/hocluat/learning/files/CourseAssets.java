package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.format.AikenParser;
import vn.hocluat.assessment.format.GiftParser;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.learning.files.CourseDraft.MediaFile;
import vn.hocluat.learning.files.CourseDraft.QuestionFile;
import vn.hocluat.learning.files.CourseNames.MediaKind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The media/ and questions/ folders of a course: media read within the size limit of their kind,
 * question files parsed (GIFT or Aiken) when a quiz lesson names them, and the checks of every
 * reference to them from front matter and Markdown bodies.
 */
final class CourseAssets {
    /** Upper bounds in bytes by media kind (configuration {@code hocluat.learning.max-*-mb}). */
    record Limits(long image, long video, long audio, long document) {
        long of(MediaKind kind) {
            return switch (kind) {
                case IMAGE -> image;
                case VIDEO -> video;
                case AUDIO -> audio;
                case DOCUMENT -> document;
            };
        }
    }

    static final long QUESTIONS_MAX = 5 * CourseFolder.MB;

    private final CourseFolder folder;
    private final List<FileIssue> issues;
    /** Every media file name present (also refused ones, so a reference to them is not reported twice). */
    private final Map<String, MediaKind> present = new HashMap<>();
    private final Map<String, MediaFile> media = new TreeMap<>();
    private final Set<String> questionNames = new HashSet<>();
    private final Map<String, Optional<QuestionFile>> parsed = new TreeMap<>();

    CourseAssets(CourseFolder folder, List<FileIssue> issues) {
        this.folder = folder;
        this.issues = issues;
    }

    void readMedia(Limits limits) {
        for (CourseFolder.Entry e : folder.list(CourseNames.MEDIA)) {
            Optional<CourseNames.MediaType> type = CourseNames.mediaType(e.name());
            if (e.directory()) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.unexpectedFolder"));
            } else if (!CourseNames.fileName(e.name())) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.fileName"));
            } else if (type.isEmpty()) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.mediaType"));
            } else {
                present.put(e.name(), type.get().kind());
                folder.read(e.relative(), limits.of(type.get().kind()))
                        .ifPresent(bytes -> media.put(e.name(), new MediaFile(e.name(), type.get().contentType(), bytes)));
            }
        }
    }

    void listQuestions() {
        for (CourseFolder.Entry e : folder.list(CourseNames.QUESTIONS)) {
            if (e.directory()) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.unexpectedFolder"));
            } else if (!CourseNames.fileName(e.name()) || CourseNames.isGift(e.name()).isEmpty()) {
                issues.add(FileIssue.at(e.relative(), 0, "course.files.error.questionFileName"));
            } else {
                questionNames.add(e.name());
            }
        }
    }

    Map<String, MediaFile> media() {
        return media;
    }

    /** The question files that quiz lessons named and that parsed without error, by name. */
    Map<String, QuestionFile> questionFiles() {
        Map<String, QuestionFile> out = new TreeMap<>();
        parsed.forEach((name, file) -> file.ifPresent(f -> out.put(name, f)));
        return out;
    }

    /** The media file a key names ("media/name"), checked to exist and to be of the kind; null (reported) otherwise. */
    @Nullable
    String media(Fields f, String key, MediaKind kind) {
        String name = f.reference(key, CourseNames.MEDIA, "course.files.error.mediaRef");
        if (name == null) {
            return null;
        }
        MediaKind actual = present.get(name);
        if (actual == null) {
            f.error(key, "course.files.error.mediaMissing", name);
            return null;
        }
        if (actual != kind) {
            f.error(key, "course.files.error.media." + kind.name().toLowerCase(Locale.ROOT), name);
            return null;
        }
        return name;
    }

    /** The question file a key names ("questions/name"), parsed; null (reported) when absent or faulty. */
    @Nullable
    QuestionFile questions(Fields f, String key) {
        String name = f.reference(key, CourseNames.QUESTIONS, "course.files.error.questionsRef");
        if (name == null) {
            return null;
        }
        if (!questionNames.contains(name)) {
            f.error(key, "course.files.error.questionsMissing", name);
            return null;
        }
        return parsed.computeIfAbsent(name, this::parse).orElse(null);
    }

    private Optional<QuestionFile> parse(String name) {
        String path = CourseNames.QUESTIONS + "/" + name;
        Optional<byte[]> bytes = folder.read(path, QUESTIONS_MAX);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        ParseResult r = CourseNames.isGift(name).orElseThrow() ? GiftParser.parse(bytes.get()) : AikenParser.parse(bytes.get());
        for (FormatError e : r.errors()) {
            issues.add(FileIssue.at(path, e.line(), e.messageKey(), e.args()));
        }
        return r.ok() ? Optional.of(new QuestionFile(name, r.questions())) : Optional.empty();
    }

    /** Reports every "media/name" in a Markdown body that names no file of media/. */
    void checkBody(String file, String body, int firstLine) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String name : CourseNames.mediaIn(lines[i])) {
                if (!present.containsKey(name)) {
                    issues.add(FileIssue.at(file, firstLine + i, "course.files.error.bodyMedia", name));
                }
            }
        }
    }
}
