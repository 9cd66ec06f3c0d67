package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Messages;

/** For the dev-sample tests of other packages: loads dev/people.csv as DevSamplePeople does (in the caller's transaction). */
public final class DevRoster {
    private DevRoster() {
    }

    /** The row errors of the import, empty when the roster went in. */
    public static java.util.List<String> load(ApplicationContext context, CurrentUser admin) {
        RosterImportService.Result r = context.getBean(RosterImportService.class)
                .importFile(admin, new Upload(DevSamplePeople.FILE, DevSamplePeople.read()), Messages.VI);
        return r.errors().stream().map(e -> e.row() + " " + e.column() + " " + e.message()).toList();
    }
}
