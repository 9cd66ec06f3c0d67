package vn.hocluat.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The public check-in page a participant's phone opens from the QR code: one button when signed in, else phone + birth date. */
@Hidden
@Controller(ActivityUrls.CHECKIN + "{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckinController {
    private final Pages pages;
    private final CheckinService checkins;
    private final CheckinThrottle throttle;
    private final HttpClientAddressResolver addresses;

    CheckinController(Pages pages, CheckinService checkins, CheckinThrottle throttle, HttpClientAddressResolver addresses) {
        this.pages = pages;
        this.checkins = checkins;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable String code, @Nullable @QueryValue String done) {
        return render(request, HttpStatus.OK, code, Map.of("phone", "", "birthDate", ""), Map.of(), null, done != null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> checkIn(HttpRequest<?> request, @PathVariable String code, @Body Map<String, Object> body) {
        ActivityView activity = checkins.open(code);
        String address = addresses.resolve(request);
        Map<String, Object> values = new HashMap<>();
        values.put("phone", FormInvalid.value(body, "phone"));
        values.put("birthDate", FormInvalid.value(body, "birthDate"));
        if (!throttle.allowed(address)) {
            return render(request, HttpStatus.TOO_MANY_REQUESTS, code, values, Map.of(), "activity.checkin.tooMany", false);
        }
        Optional<CurrentUser> user = Pages.currentUser(request);
        if ("account".equals(FormInvalid.value(body, "by")) && user.isPresent()) {
            if (checkins.checkInAccount(code, user.get())) {
                return Pages.seeOther(ActivityUrls.checkin(code) + "?done=1");
            }
            throttle.failed(address);
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, code, values, Map.of(), "activity.checkin.noAccountMatch", false);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String phone = values.get("phone").toString();
        if (phone.isEmpty()) {
            errors.put("phone", pages.text(request, "activity.checkin.error.phone"));
        }
        String birthText = values.get("birthDate").toString();
        LocalDate birth = Dates.parse(birthText).orElse(null);
        if (birth == null) {
            errors.put("birthDate", pages.text(request, "activity.checkin.error.birthDate"));
        }
        if (!errors.isEmpty()) {
            return render(request, HttpStatus.UNPROCESSABLE_ENTITY, code, values, errors, null, false);
        }
        if (checkins.checkInByPhone(activity.checkinCode(), phone, birth)) {
            return Pages.seeOther(ActivityUrls.checkin(code) + "?done=1");
        }
        throttle.failed(address);
        return render(request, HttpStatus.UNPROCESSABLE_ENTITY, code, values, Map.of(), "activity.checkin.noMatch", false);
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String code, Map<String, Object> values,
                                   Map<String, String> errors, @Nullable String alertKey, boolean done) {
        ActivityView activity = checkins.open(code);
        Optional<CurrentUser> user = Pages.currentUser(request);
        Map<String, Object> model = new HashMap<>();
        model.put("activity", activity);
        model.put("code", code);
        model.put("form", values);
        model.put("errors", errors);
        model.put("alert", alertKey == null ? null : pages.text(request, alertKey));
        model.put("done", done);
        model.put("signedIn", user.isPresent());
        model.put("accountMatch", user.isPresent() && checkins.accountMayCheckIn(code, user.get()));
        return pages.render(status, request, "training/activity-checkin", model);
    }
}
