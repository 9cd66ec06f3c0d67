package vn.hocluat.contest.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.PublicUrl;

import java.util.Optional;

/**
 * The signed-in entrant's participation certificate for a contest as a PDF
 * (GET /thi/chung-nhan.pdf?cuocThi={id}; not signed in → the sign-in page).
 */
@Hidden
@Controller("/thi")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ParticipationController {
    static final String VERIFY = "/thi/chung-nhan/";

    private final EntrantSession session;
    private final ParticipationService certificates;
    private final ParticipationPdf pdf;
    private final PublicUrl publicUrl;

    ParticipationController(EntrantSession session, ParticipationService certificates, ParticipationPdf pdf,
                            PublicUrl publicUrl) {
        this.session = session;
        this.certificates = certificates;
        this.pdf = pdf;
        this.publicUrl = publicUrl;
    }

    @Get("/chung-nhan.pdf")
    HttpResponse<?> download(HttpRequest<?> request, @Nullable @QueryValue String cuocThi) {
        Optional<Long> entrant = session.entrantId(request);
        if (entrant.isEmpty()) {
            return Pages.seeOther("/thi/dang-nhap");
        }
        // issued (and committed) first, drawn after: no connection is held while the PDF is drawn
        Participation cert = certificates.issue(contestId(cuocThi), entrant.get());
        byte[] bytes = pdf.render(cert, publicUrl.base(request) + VERIFY + cert.code());
        return Downloads.attachment(bytes, Downloads.PDF, "chung-nhan-tham-gia-" + cert.code() + ".pdf")
                .header("Cache-Control", "private, no-store");
    }

    private static long contestId(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw Problem.notFound();
        }
        return Long.parseLong(value.strip());
    }
}
