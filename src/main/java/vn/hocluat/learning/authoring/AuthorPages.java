package vn.hocluat.learning.authoring;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the authoring controllers share: the signed-in author, and field errors as localised text. */
@Singleton
class AuthorPages {
    private final Pages pages;

    AuthorPages(Pages pages) {
        this.pages = pages;
    }

    /** The caller; 403 for an account that may not author (learners, organisers). */
    static CurrentUser author(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        CourseEditor.requireAuthor(user);
        return user;
    }

    /** The first error of each field, translated (labels and numbers in the arguments too). */
    Map<String, String> messages(HttpRequest<?> request, Invalid e) {
        Locale locale = pages.locale(request);
        Map<String, String> out = new LinkedHashMap<>();
        for (Invalid.FieldError err : e.errors()) {
            Object[] args = new Object[err.args().length];
            for (int i = 0; i < args.length; i++) {
                Object a = err.args()[i];
                if (a instanceof Invalid.Label label) {
                    args[i] = pages.text(request, label.key());
                } else if (a instanceof BigDecimal n) {
                    args[i] = NumberFormat.getNumberInstance(locale).format(n);
                } else {
                    args[i] = a;
                }
            }
            out.putIfAbsent(err.field(), pages.text(request, err.messageKey(), args));
        }
        return out;
    }
}
