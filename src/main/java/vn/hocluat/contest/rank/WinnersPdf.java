package vn.hocluat.contest.rank;

import jakarta.inject.Singleton;
import vn.hocluat.platform.pdf.HtmlPdf;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Templates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The printable announcement of a round's winners (A4 portrait, administrative layout like the plan
 * reports): the organising unit and the national motto, the title, the individual winners by prize and
 * the collective prizes, the place and date, and the signer. views/contest/review/winners-pdf.hbs escapes every value.
 */
@Singleton
class WinnersPdf {
    private final Templates templates;
    private final Messages messages;
    private final HtmlPdf pdf;

    WinnersPdf(Templates templates, Messages messages, HtmlPdf pdf) {
        this.templates = templates;
        this.messages = messages;
        this.pdf = pdf;
    }

    byte[] render(ReviewReads.Winners w, Locale locale, String signer, LocalDate issuedOn) {
        Map<String, Object> model = WinnerViews.model(w, (key, args) -> messages.get(locale, key, args));
        model.put("unitUpper", w.head().contestUnitName().toUpperCase(locale));
        model.put("placeDate", messages.get(locale, "contest.review.pdf.placeDate", String.format("%02d", issuedOn.getDayOfMonth()),
                String.format("%02d", issuedOn.getMonthValue()), String.valueOf(issuedOn.getYear())));
        model.put("signer", signer);
        String xhtml = templates.render("contest/review/winners-pdf", model, locale, Map.of());
        return pdf.render(xhtml, "winners of round " + w.head().roundId());
    }
}
