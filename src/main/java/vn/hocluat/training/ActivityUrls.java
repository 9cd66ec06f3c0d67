package vn.hocluat.training;

/** The addresses of the training activity pages and of the public check-in, built in one place. */
final class ActivityUrls {
    static final String LIST = "/activities";
    static final String CHECKIN = "/checkin/";

    private ActivityUrls() {
    }

    static String show(long id) {
        return LIST + "/" + id;
    }

    static String checkin(String code) {
        return CHECKIN + code;
    }
}
