package vn.hocluat.learning.certificate;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

/** The certificate of a completion as a PDF download, issued on the first request. */
@Hidden
@Controller("/my/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {

    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final VerifyLinks links;

    CertificateController(CertificateService certificates, CertificatePdf pdf, VerifyLinks links) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.links = links;
    }

    @Get("/{completionId}")
    HttpResponse<byte[]> download(HttpRequest<?> request, @PathVariable long completionId) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::notFound);
        // issued (and committed) first, rendered after: no database connection is held while the PDF is drawn
        Certificate certificate = certificates.forDownload(user, completionId);
        byte[] bytes = pdf.render(certificate, links.verifyUrl(request, certificate.code()));
        return HttpResponse.ok(bytes).contentType(Downloads.PDF)
                .header("Content-Disposition", "attachment; filename=\"chung-nhan-" + certificate.code() + ".pdf\"")
                .header("Cache-Control", "private, no-store");
    }
}
