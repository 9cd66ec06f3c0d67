package vn.hocluat.plans.report;

import vn.hocluat.plans.Plan;
import vn.hocluat.plans.dashboard.Dashboard;
import vn.hocluat.platform.pdf.HtmlPdf;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as a periodic report in the layout of Nghị định 30/2020/NĐ-CP (A4 portrait): issuing
 * unit and national motto, title and subject, section I the targets at the unit, section II the annex
 * per child unit, recipients and the signer block. views/plans/report-pdf.hbs escapes every value.
 */
final class ReportPdf {
    private static final String TEMPLATE = "plans/report-pdf";

    private final ReportText text;
    private final Templates templates;
    private final HtmlPdf pdf;

    ReportPdf(ReportText text, Templates templates, HtmlPdf pdf) {
        this.text = text;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The report of {@code rows} written by {@code user} on {@code issuedOn}. */
    byte[] render(ReportRows rows, CurrentUser user, LocalDate issuedOn) {
        Dashboard d = rows.dashboard();
        Plan plan = d.plan();
        String ref = PlanReference.of(text, plan);
        Map<String, Object> model = new HashMap<>();
        model.put("unitUpper", d.unit().name().toUpperCase(text.locale()));
        model.put("placeDate", text.t("report.pdf.placeDate", two(issuedOn.getDayOfMonth()), two(issuedOn.getMonthValue()),
                String.valueOf(issuedOn.getYear())));
        model.put("subject", text.t("report.pdf.subject", ref));
        model.put("asOf", text.t("report.pdf.asOf", Dates.format(d.day())));
        model.put("intro", text.t("report.pdf.intro", ref, d.unit().name(), Dates.format(d.day())));
        model.put("issuer", plan.issuer());
        model.put("signer", user.displayName());
        model.put("unitName", d.unit().name());
        model.put("hasChildren", !d.children().isEmpty());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (ReportRows.TargetRow t : rows.targets()) {
            Map<String, Object> m = new HashMap<>();
            m.put("unit", line(t.target(), t.unit()));
            m.put("no", t.no());
            m.put("label", t.target().label());
            m.put("metric", text.metric(t.target()));
            m.put("phase", text.phase(t.phaseName()));
            m.put("threshold", threshold(t.target()));
            m.put("units", t.units().stream().map(u -> {
                Map<String, Object> um = line(t.target(), u);
                um.put("name", u.name());
                return um;
            }).toList());
            targets.add(m);
        }
        model.put("targets", targets);
        String xhtml = templates.render(TEMPLATE, model, text.locale(), Map.of());
        return pdf.render(xhtml, "report of plan " + plan.id());
    }

    /**
     * The measured and reported figures and the status of one unit, as printed. Kept in a map of its
     * own: Handlebars looks a missing key up in the enclosing contexts, so no key here may exist there.
     */
    private Map<String, Object> line(Plan.Target target, ReportRows.UnitRow u) {
        Map<String, Object> m = new HashMap<>();
        if (u.value() != null) {
            m.put("value", value(target, text.percent(u.value())));
            m.put("fraction", text.t("report.pdf.fraction", text.number(BigDecimal.valueOf(u.numerator())),
                    text.number(BigDecimal.valueOf(u.denominator()))));
        }
        Dashboard.Reported rep = u.reported();
        if (rep != null) {
            m.put("reported", value(target, text.number(rep.value())));
            m.put("reportedOn", text.t("report.pdf.reportedOn", Dates.format(rep.asOf())));
            m.put("source", rep.sourceNote().isBlank() ? null : text.t("report.pdf.source", rep.sourceNote()));
        }
        m.put("status", text.status(u));
        m.put("statusClass", u.shownStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return m;
    }

    private String value(Plan.Target target, String number) {
        return text.t(target.metric().ratio() ? "report.pdf.valueRatio" : "report.pdf.valuePercent", number);
    }

    private String threshold(Plan.Target target) {
        String unit = target.metric().ratio() ? "Ratio" : "Percent";
        return target.bandUpper() == null
                ? text.t("report.pdf.threshold" + unit, ReportText.plain(target.threshold()))
                : text.t("report.pdf.band" + unit, ReportText.plain(target.threshold()), ReportText.plain(target.bandUpper()));
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
