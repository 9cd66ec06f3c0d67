package vn.hocluat.plans.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.plans.dashboard.Dashboard;
import vn.hocluat.plans.dashboard.DashboardService;
import vn.hocluat.platform.pdf.HtmlPdf;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Templates;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The plan dashboard as files: GET /plans/{id}/report.xlsx and /plans/{id}/report.pdf with
 * ?unit=code&amp;date=yyyy-MM-dd (today and the dashboard's default unit when absent). Scope is
 * {@link DashboardService}'s (staff; plan and unit within the caller's reach). The XLSX speaks the
 * user's language; the PDF is an official Vietnamese report form and is always in Vietnamese.
 */
@Hidden
@Controller("/plans/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportDownloads {

    private final DashboardService dashboards;
    private final Pages pages;
    private final Messages messages;
    private final Templates templates;
    private final HtmlPdf pdf;
    private final Clock clock;

    ReportDownloads(DashboardService dashboards, Pages pages, Messages messages, Templates templates, HtmlPdf pdf, Clock clock) {
        this.dashboards = dashboards;
        this.pages = pages;
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Get("/report.xlsx")
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String unit,
                              @Nullable @QueryValue String date) {
        Dashboard d = dashboards.of(user(request), id, unit, Params.isoDate(date, "date", clock));
        byte[] body = new ReportWorkbook(new ReportText(messages, pages.locale(request))).write(ReportRows.of(d));
        return Downloads.attachment(body, Downloads.XLSX, filename(d, "xlsx"));
    }

    @Get("/report.pdf")
    HttpResponse<byte[]> pdf(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String unit,
                             @Nullable @QueryValue String date) {
        CurrentUser user = user(request);
        Dashboard d = dashboards.of(user, id, unit, Params.isoDate(date, "date", clock));
        byte[] body = new ReportPdf(new ReportText(messages, Messages.VI), templates, pdf)
                .render(ReportRows.of(d), user, LocalDate.now(clock));
        return Downloads.attachment(body, Downloads.PDF, filename(d, "pdf"));
    }

    /** bao-cao-ke-hoach-12-XA01-2026-02-20.xlsx; characters a header cannot carry as they are become '-'. */
    static String filename(Dashboard d, String extension) {
        String unit = d.unit().code().replaceAll("[^A-Za-z0-9._-]", "-");
        return "bao-cao-ke-hoach-" + d.plan().id() + "-" + unit + "-" + d.day() + "." + extension;
    }


    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
