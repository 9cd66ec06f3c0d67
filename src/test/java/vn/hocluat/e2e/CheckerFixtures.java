package vn.hocluat.e2e;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Random;

/** Test-only pages that each break one rule, to prove that the page checks fail when they should. */
@Controller("/test-fixtures")
@Secured(SecurityRule.IS_ANONYMOUS)
class CheckerFixtures {
    private static final String HEAD = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kiểm thử</title>"
            + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>Kiểm thử</h1>";

    @Get(value = "/unlabelled", produces = MediaType.TEXT_HTML)
    HttpResponse<String> unlabelled() {
        return HttpResponse.ok(HEAD + "<form><input type=\"text\" name=\"q\"></form></main></body></html>");
    }

    /** About 40 KB of random letters: compression cannot bring it under the 30 KB public budget. */
    @Get(value = "/heavy", produces = MediaType.TEXT_HTML)
    HttpResponse<String> heavy() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return HttpResponse.ok(HEAD + "<p>" + text + "</p></main></body></html>");
    }
}
