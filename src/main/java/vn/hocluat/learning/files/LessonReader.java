package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.learning.files.CourseDraft.Kind;
import vn.hocluat.learning.files.CourseDraft.LessonDraft;
import vn.hocluat.learning.files.CourseDraft.QuestionFile;
import vn.hocluat.learning.files.CourseNames.MediaKind;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads one lesson file ({@code NN-slug.md}): its front matter by kind, and its body. */
final class LessonReader {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("title", "kind", "required", "minutes", "file", "url",
            "questions", "draw", "pass-percent", "must-pass", "attempts", "time-limit-minutes"));
    static final BigDecimal DEFAULT_PASS = BigDecimal.valueOf(80);
    static final int MAX_DRAW = 500;
    private static final String[] QUIZ_KEYS = {"questions", "draw", "pass-percent", "must-pass", "attempts", "time-limit-minutes"};
    private static final int URL_MAX = 1000;

    private final CourseAssets assets;

    LessonReader(CourseAssets assets) {
        this.assets = assets;
    }

    @Nullable
    LessonDraft read(String file, String slug, FrontMatter fm, List<FileIssue> issues) {
        Fields f = new Fields(file, fm, issues);
        String title = f.required("title", Fields.TITLE_MAX);
        Kind kind = null;
        if (!f.has("kind")) {
            f.error("kind", "course.files.error.required", "kind");
        } else {
            String k = f.choice("kind", "course.files.error.kind", "text", "video", "audio", "document", "quiz");
            kind = k == null ? null : Kind.valueOf(k.toUpperCase(Locale.ROOT));
        }
        boolean required = f.yesNo("required", true);
        Integer minutes = f.whole("minutes", 1, 100_000);
        assets.checkBody(file, fm.body(), fm.bodyLine());
        if (kind == null) {
            return null;
        }
        String media = null;
        String url = null;
        QuestionFile questions = null;
        Integer draw = null;
        BigDecimal pass = null;
        boolean mustPass = false;
        Integer attempts = null;
        Integer limit = null;
        switch (kind) {
            case TEXT -> {
                f.notFor("text", "file", "url");
                f.notFor("text", QUIZ_KEYS);
            }
            case VIDEO, AUDIO, DOCUMENT -> {
                f.notFor(kind.name(), QUIZ_KEYS);
                media = f.has("file") ? assets.media(f, "file", MediaKind.valueOf(kind.name())) : null;
                url = url(f);
                if (f.has("file") == f.has("url")) {
                    f.error(f.has("file") ? "url" : "kind", f.has("file") ? "course.files.error.fileAndUrl" : "course.files.error.fileOrUrl",
                            kind.name().toLowerCase(Locale.ROOT));
                }
            }
            case QUIZ -> {
                f.notFor("quiz", "file", "url");
                if (!f.has("questions")) {
                    f.error("questions", "course.files.error.required", "questions");
                } else {
                    questions = assets.questions(f, "questions");
                }
                draw = f.whole("draw", 1, MAX_DRAW);
                if (draw != null && questions != null && draw > questions.questions().size()) {
                    f.error("draw", "course.files.error.drawTooMany", draw, questions.path(), questions.questions().size());
                }
                BigDecimal p = f.percent("pass-percent");
                pass = p == null ? DEFAULT_PASS : p;
                mustPass = f.yesNo("must-pass", true);
                attempts = f.whole("attempts", 1, 100);
                limit = f.whole("time-limit-minutes", 1, 24 * 60);
            }
        }
        return new LessonDraft(file, slug, kind, title, fm.body(), required, minutes, media, url,
                questions == null ? null : questions.name(), draw, pass, mustPass, attempts, limit);
    }

    @Nullable
    private static String url(Fields f) {
        String v = f.raw("url").orElse(null);
        if (v != null && (v.length() > URL_MAX || !v.matches("https://[^\\s<>\"]+"))) {
            f.error("url", "course.files.error.url");
            return null;
        }
        return v;
    }
}
