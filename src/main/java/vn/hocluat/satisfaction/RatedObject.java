package vn.hocluat.satisfaction;

/** What is rated: a course or a contest by id, or a public page by its path. */
public record RatedObject(Kind kind, Long id, String path) {
    public enum Kind { COURSE, CONTEST, PAGE }

    public static RatedObject course(long id) {
        return new RatedObject(Kind.COURSE, id, null);
    }

    public static RatedObject contest(long id) {
        return new RatedObject(Kind.CONTEST, id, null);
    }

    public static RatedObject page(String path) {
        return new RatedObject(Kind.PAGE, null, path);
    }
}
