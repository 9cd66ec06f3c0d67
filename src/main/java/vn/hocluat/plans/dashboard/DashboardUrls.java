package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.platform.text.Dates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Every URL of the dashboard pages, built here once. Unit codes are URL-encoded and days are digits and
 * slashes, so a template may print them unescaped. Days go as dd/MM/yyyy (as the date field shows them);
 * the report exports take yyyy-MM-dd.
 */
final class DashboardUrls {
    private DashboardUrls() {
    }

    static String dashboard(long planId, String unitCode, LocalDate day) {
        return "/plans/" + planId + "/dashboard?unit=" + enc(unitCode) + "&date=" + Dates.format(day);
    }

    static String sorted(long planId, String unitCode, LocalDate day, long targetId, boolean descending) {
        return dashboard(planId, unitCode, day) + "&sort=" + targetId + "&dir=" + (descending ? "desc" : "asc");
    }

    static String persons(long planId, long targetId, String unitCode, LocalDate day, PersonList which, int page) {
        return personsBase(planId, targetId, "persons", unitCode, day, which) + (page > 1 ? "&page=" + page : "");
    }

    static String personsXlsx(long planId, long targetId, String unitCode, LocalDate day, PersonList which) {
        return personsBase(planId, targetId, "persons.xlsx", unitCode, day, which);
    }

    /** The exports of the reports feature: report.xlsx and report.pdf. */
    static String report(long planId, String unitCode, LocalDate day, String extension) {
        return "/plans/" + planId + "/report." + extension + "?unit=" + enc(unitCode) + "&date=" + day;
    }

    private static String personsBase(long planId, long targetId, String leaf, String unitCode, LocalDate day,
                                      @Nullable PersonList which) {
        return "/plans/" + planId + "/dashboard/targets/" + targetId + "/" + leaf + "?unit=" + enc(unitCode)
                + "&date=" + Dates.format(day) + (which == null ? "" : "&which=" + which.code());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
