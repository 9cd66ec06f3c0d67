package vn.hocluat.learning.player;

import vn.hocluat.learning.certificate.CertificateUrls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The URLs of the learner's pages (catalogue, course, lessons, media, my learning), built in one place. */
public final class PlayerUrls {
    public static final String CATALOGUE = "/courses";
    public static final String MY_LEARNING = "/my/learning";

    private PlayerUrls() {
    }

    public static String course(String slug) {
        return CATALOGUE + "/" + slug;
    }

    public static String enrol(String slug) {
        return course(slug) + "/enrol";
    }

    public static String lesson(String slug, String lessonSlug) {
        return course(slug) + "/lessons/" + lessonSlug;
    }

    public static String done(String slug, String lessonSlug) {
        return lesson(slug, lessonSlug) + "/done";
    }

    public static String progress(String slug, String lessonSlug) {
        return lesson(slug, lessonSlug) + "/progress";
    }

    public static String media(String slug, String name) {
        return course(slug) + "/media/" + name;
    }

    /** The certificate of a completion (served by the certificates feature). */
    public static String certificate(long completionId) {
        return CertificateUrls.download(completionId);
    }

    /** The sign-in page, coming back here afterwards. */
    public static String login(String back) {
        return "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
