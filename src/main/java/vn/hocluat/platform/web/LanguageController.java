package vn.hocluat.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.rules.SecurityRule;

import java.time.Duration;

/** The vi/en switch: a link (works without JavaScript) that stores the choice in the "lang" cookie. */
@Hidden
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    @Get("/{lang}")
    HttpResponse<?> choose(@PathVariable String lang, @Nullable @QueryValue String back) {
        String chosen = "en".equals(lang) ? "en" : "vi";
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return Pages.seeOther(target).cookie(Cookie.of("lang", chosen).path("/")
                .maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax).httpOnly(true));
    }
}
