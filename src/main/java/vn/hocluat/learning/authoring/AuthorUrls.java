package vn.hocluat.learning.authoring;

/** The addresses of the authoring pages, built in one place. */
final class AuthorUrls {
    static final String LIST = "/authoring/courses";

    private AuthorUrls() {
    }

    static String course(long id) {
        return LIST + "/" + id;
    }

    static String edit(long id) {
        return course(id) + "/edit";
    }

    static String module(long courseId, long moduleId) {
        return course(courseId) + "/modules/" + moduleId;
    }

    static String newLesson(long courseId, long moduleId) {
        return module(courseId, moduleId) + "/lessons/new";
    }

    static String lessons(long courseId, long moduleId) {
        return module(courseId, moduleId) + "/lessons";
    }

    static String lesson(long courseId, long lessonId) {
        return course(courseId) + "/lessons/" + lessonId;
    }

    static String editLesson(long courseId, long lessonId) {
        return lesson(courseId, lessonId) + "/edit";
    }

    /** The export of the files import/export feature. */
    static String exportZip(long courseId) {
        return "/courses/" + courseId + "/export.zip";
    }

    /** The course page learners see. */
    static String learnerView(String slug) {
        return "/courses/" + slug;
    }
}
