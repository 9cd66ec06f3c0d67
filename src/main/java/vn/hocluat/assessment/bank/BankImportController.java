package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Downloads;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The import page of a bank (upload a file or paste GIFT/Aiken text; every problem listed with its
 * line or row, 422, nothing written), the exports and the XLSX template download.
 */
@Hidden
@Controller("/banks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BankImportController {
    private static final String XLSX = Downloads.XLSX;

    private final Pages pages;
    private final BankService banks;
    private final BankImportService imports;

    BankImportController(Pages pages, BankService banks, BankImportService imports) {
        this.pages = pages;
        this.banks = banks;
        this.imports = imports;
    }

    @Get("/{id}/import")
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long id) {
        return page(request, HttpStatus.OK, banks.get(Requests.user(request), id), "", "", null, null);
    }

    @Post(value = "/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @PathVariable long id, @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("format") String format, @Nullable @Part("text") String text) {
        CurrentUser user = Requests.user(request);
        BankView bank = banks.get(user, id);
        String pasted = text == null ? "" : text;
        Upload upload;
        try {
            upload = Upload.of(file, format, text);
        } catch (Problem p) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, bank, format, pasted,
                    pages.text(request, p.messageKey(), p.args()), null);
        }
        BankImportService.Result result = imports.importFile(user, id, upload.format(), upload.content(), pages.locale(request));
        if (result.ok()) {
            return Pages.seeOther(BankUrls.show(id) + "?imported=" + result.created());
        }
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, bank, format, pasted, null, result);
    }

    @Get("/{id}/export.gift")
    HttpResponse<?> gift(HttpRequest<?> request, @PathVariable long id) {
        byte[] body = imports.exportGift(Requests.user(request), id);
        return download(body, "text/plain;charset=utf-8", "bank-" + id + ".gift");
    }

    @Get("/{id}/export.xlsx")
    HttpResponse<?> xlsx(HttpRequest<?> request, @PathVariable long id) {
        return download(imports.exportXlsx(Requests.user(request), id), XLSX, "bank-" + id + ".xlsx");
    }

    @Get("/import-template.xlsx")
    HttpResponse<?> template(HttpRequest<?> request) {
        byte[] body = imports.template(Requests.user(request), pages.locale(request));
        return download(body, XLSX, pages.text(request, "bank.import.templateFile") + ".xlsx");
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, BankView bank, String format, String text,
                                 String refused, BankImportService.Result result) {
        Map<String, Object> model = new HashMap<>();
        model.put("bank", bank);
        model.put("format", format == null ? "" : format.toLowerCase(Locale.ROOT));
        model.put("text", text);
        model.put("refused", refused);
        if (result != null) {
            model.put("errors", result.problems());
            model.put("errorCount", result.problems().size());
            model.put("placeKey", result.byRow() ? "bank.import.row" : "bank.import.line");
        }
        model.put("action", BankUrls.importPage(bank.id()));
        model.put("bankUrl", BankUrls.show(bank.id()));
        model.put("templateUrl", BankUrls.TEMPLATE_XLSX);
        return pages.render(status, request, "assessment/bank-import", model);
    }

    private static HttpResponse<?> download(byte[] body, String type, String filename) {
        return Downloads.attachment(body, type, filename)
                .header("Cache-Control", "no-store");
    }
}
