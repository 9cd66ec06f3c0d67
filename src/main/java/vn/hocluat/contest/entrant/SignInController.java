package vn.hocluat.contest.entrant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in of returning entrants with phone + date of birth + the code given at registration (see
 * EntrantService for why), sign-out, and — only when an {@link SmsGateway} bean exists — a new
 * code sent by SMS. Failures are throttled per phone and per client address.
 */
@Hidden
@Controller("/thi")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private static final List<String> FIELDS = List.of("phone", "birthDate", "code");

    private final Pages pages;
    private final EntrantForms forms;
    private final EntrantService entrants;
    private final EntrantThrottle throttle;
    private final EntrantSession session;
    private final Optional<SmsGateway> sms;

    SignInController(Pages pages, EntrantForms forms, EntrantService entrants, EntrantThrottle throttle,
                     EntrantSession session, Optional<SmsGateway> sms) {
        this.pages = pages;
        this.forms = forms;
        this.entrants = entrants;
        this.throttle = throttle;
        this.session = session;
        this.sms = sms;
    }

    @Get("/dang-nhap")
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String next) {
        Map<String, Object> values = FormInvalid.blank(FIELDS);
        values.put("next", safeNext(next));
        return page(request, HttpStatus.OK, values, null, null);
    }

    @Post(value = "/dang-nhap", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, Object> body) {
        Map<String, Object> values = FormInvalid.values(body, FIELDS);
        values.put("code", "");
        values.put("next", safeNext(FormInvalid.value(body, "next")));
        String address = forms.address(request);
        String phone = Phones.normalise(FormInvalid.value(body, "phone")).orElse("");
        if (!throttle.signInAllowed(phone, address)) {
            return forms.tooMany(request, "entrant.tooMany.signIn");
        }
        Optional<LocalDate> birth = Dates.parse(FormInvalid.value(body, "birthDate"));
        Optional<Entrant> found = phone.isEmpty() || birth.isEmpty() ? Optional.empty()
                : entrants.signIn(phone, birth.get(), FormInvalid.value(body, "code"));
        if (found.isEmpty()) {
            throttle.signInFailed(phone, address);
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, values, "entrant.signIn.failed", null);
        }
        String next = String.valueOf(values.get("next"));
        return Pages.seeOther(next.isEmpty() ? "/thi/ho-so" : next).cookie(session.signIn(found.get().id()));
    }

    @Post(value = "/dang-nhap/gui-ma", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendCode(HttpRequest<?> request, @Body Map<String, Object> body) {
        Map<String, Object> values = FormInvalid.values(body, FIELDS);
        if (sms.isEmpty()) {
            return page(request, HttpStatus.NOT_FOUND, values, "entrant.reset.askOrganiser", null);
        }
        String address = forms.address(request);
        String phone = Phones.normalise(FormInvalid.value(body, "phone")).orElse("");
        if (!throttle.signInAllowed(phone, address)) {
            return forms.tooMany(request, "entrant.tooMany.signIn");
        }
        Optional<LocalDate> birth = Dates.parse(FormInvalid.value(body, "birthDate"));
        Optional<String> code = phone.isEmpty() || birth.isEmpty() ? Optional.empty() : entrants.newCode(phone, birth.get());
        if (code.isEmpty()) {
            // counted as a failure: a reset must not become a way to test phones and birth dates for free
            throttle.signInFailed(phone, address);
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, values, "entrant.reset.failed", null);
        }
        sms.get().send(phone, pages.text(request, "entrant.reset.sms", code.get()));
        return page(request, HttpStatus.OK, values, null, "entrant.reset.sent");
    }

    @Post(value = "/dang-xuat", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut() {
        return Pages.seeOther("/thi/dang-nhap").cookie(session.signOut());
    }

    /** A page of the contest site to return to after signing in (never another site), or "". */
    static String safeNext(@Nullable String next) {
        return next != null && next.matches("/thi/[A-Za-z0-9/_-]{1,200}") ? next : "";
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, Object> values,
                                 String errorKey, String noticeKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("error", errorKey == null ? null : pages.text(request, errorKey));
        model.put("notice", noticeKey == null ? null : pages.text(request, noticeKey));
        model.put("smsReset", sms.isPresent());
        return pages.render(status, request, "contest/entrant/signin", model);
    }
}
