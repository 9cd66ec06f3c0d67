package vn.hocluat.org;

/** Where the unit pages live; every link and redirect of the feature is built here. */
final class UnitUrls {
    static final String HOME = "/units";
    static final String IMPORT = "/units/import";
    static final String TEMPLATE = "/units/import/template.csv";

    private UnitUrls() {
    }

    static String show(long id) {
        return HOME + "/" + id;
    }

    static String edit(long id) {
        return show(id) + "/edit";
    }

    static String newUnder(long parentId) {
        return HOME + "/new?parent=" + parentId;
    }
}
