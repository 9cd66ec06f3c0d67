package vn.hocluat.assessment.quiz;

/** The URLs of the quiz and attempt pages, built in one place. */
public final class QuizUrls {
    public static final String LIST = "/quizzes";
    public static final String NEW = "/quizzes/new";

    private QuizUrls() {
    }

    /** The quiz's page for takers (intro, start); a form post here saves the definition. */
    public static String show(long id) {
        return LIST + "/" + id;
    }

    public static String edit(long id) {
        return show(id) + "/edit";
    }

    public static String start(long id) {
        return show(id) + "/start";
    }

    public static String stats(long id) {
        return show(id) + "/stats";
    }

    public static String regrade(long id) {
        return show(id) + "/regrade";
    }

    public static String attempt(long attemptId) {
        return "/attempts/" + attemptId;
    }

    public static String autosave(long attemptId) {
        return attempt(attemptId) + "/save";
    }
}
