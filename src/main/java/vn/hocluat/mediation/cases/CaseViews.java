package vn.hocluat.mediation.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.History;
import vn.hocluat.mediation.cases.CaseReports.Report;
import vn.hocluat.mediation.cases.CaseReports.TeamFigures;
import vn.hocluat.mediation.cases.CaseReports.UnitFigures;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** The view models of the case-tally pages (templates views/mediation/cases-*.hbs). */
@Singleton
class CaseViews {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Pages pages;

    CaseViews(Pages pages) {
        this.pages = pages;
    }

    Map<String, Object> unitFigures(HttpRequest<?> request, UnitFigures u) {
        Map<String, Object> model = period(request, u.period());
        model.put("unitId", u.unitId());
        model.put("unitName", u.unitName());
        model.put("rows", u.teams().stream().map(t -> row(t, u.period())).toList());
        model.put("sums", figures(u.sums()));
        model.put("reported", u.reported());
        model.put("teamCount", u.teams().size());
        return model;
    }

    private static Map<String, Object> row(TeamFigures t, CasePeriod period) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", t.team().name());
        row.put("unitName", t.team().unitName());
        row.put("active", t.team().active());
        row.put("url", CaseUrls.team(t.team().id(), period));
        if (t.current() != null) {
            row.put("figures", figures(t.current().figures()));
        }
        return row;
    }

    Map<String, Object> history(HttpRequest<?> request, History h, Map<String, Object> values, Map<String, String> errors,
                                @Nullable String alert) {
        Map<String, Object> model = period(request, h.period());
        model.put("team", h.team());
        model.put("teamId", h.team().id());
        model.put("listUrl", CaseUrls.unit(h.team().unitId(), h.period()));
        model.put("values", values);
        model.put("errors", errors);
        if (alert != null) {
            model.put("alert", alert);
        }
        model.put("reports", h.reports().stream().map(r -> report(request, r)).toList());
        return model;
    }

    private Map<String, Object> report(HttpRequest<?> request, Report r) {
        Map<String, Object> m = new HashMap<>();
        m.put("current", r.current());
        m.put("figures", figures(r.figures()));
        m.put("source", pages.text(request, "mediation.cases.source." + r.source().name()));
        m.put("fileName", r.fileName());
        m.put("reportedBy", r.reportedBy());
        m.put("reportedAt", AT.format(r.reportedAt().atZoneSameInstant(Dates.ZONE)));
        return m;
    }

    private Map<String, Object> period(HttpRequest<?> request, CasePeriod p) {
        Map<String, Object> model = new HashMap<>();
        model.put("periodLabel", label(request, p));
        model.put("periodText", p.fileText());
        model.put("periodStart", p.start());
        model.put("periodEnd", p.end());
        model.put("importUrl", CaseUrls.IMPORT);
        return model;
    }

    String label(HttpRequest<?> request, CasePeriod p) {
        return pages.text(request, p.labelKey(), String.valueOf(p.number()), String.valueOf(p.year()));
    }

    /** The four counts and the success rate successful ÷ (successful + unsuccessful) in percent (null when 0 ÷ 0). */
    static Map<String, Object> figures(Figures f) {
        Map<String, Object> m = new HashMap<>();
        m.put("received", f.received());
        m.put("successful", f.successful());
        m.put("unsuccessful", f.unsuccessful());
        m.put("inProgress", f.inProgress());
        int decided = f.successful() + f.unsuccessful();
        m.put("hasRate", decided > 0);
        m.put("rate", decided == 0 ? null : BigDecimal.valueOf(f.successful() * 100L)
                .divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP));
        return m;
    }
}
