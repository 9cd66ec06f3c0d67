package vn.hocluat.platform.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.ValueResolver;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Handlebars.java over classpath:/views with a compiled-template cache (the stock views module
 * recompiles on every render). Helpers: {{t "key" arg…}} localised text, {{date d}} dd/MM/yyyy,
 * (eq a b), (concat a b…), {{sel a b}} / {{chk a b}} for selected/checked form controls, {{num n}} a
 * number with at most 2 decimals in the page's language (8,5 in Vietnamese).
 */
@Singleton
public class Templates {
    static final String LOCALE = "locale";
    private static final ValueResolver[] RESOLVERS = {MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE};

    private final Handlebars handlebars;

    public Templates(Messages messages) {
        this.handlebars = new Handlebars(new ClassPathTemplateLoader("/views", ".hbs"))
                .with(new ConcurrentMapTemplateCache())
                .prettyPrint(true);
        handlebars.registerHelper("t", (Helper<Object>) (key, options) ->
                messages.get(locale(options), String.valueOf(key), options.params));
        handlebars.registerHelper("date", (Helper<Object>) (value, options) ->
                value instanceof LocalDate d ? Dates.format(d) : value == null ? "" : value.toString());
        handlebars.registerHelper("concat", (Helper<Object>) (a, options) -> {
            StringBuilder sb = new StringBuilder(String.valueOf(a));
            for (Object p : options.params) {
                sb.append(p);
            }
            return sb.toString();
        });
        handlebars.registerHelper("eq", (Helper<Object>) (a, options) -> equal(a, options.param(0, null)));
        handlebars.registerHelper("sel", (Helper<Object>) (a, options) -> equal(a, options.param(0, null)) ? "selected" : "");
        handlebars.registerHelper("chk", (Helper<Object>) (a, options) -> equal(a, options.param(0, null)) ? "checked" : "");
        handlebars.registerHelper("num", (Helper<Object>) (value, options) -> number(value, locale(options)));
    }

    /** Renders views/{name}.hbs; entries of {@code data} are reachable anywhere as {{@key}}. */
    public String render(String name, Object model, Locale locale, Map<String, Object> data) {
        try {
            Template template = handlebars.compile(name);
            Context context = Context.newBuilder(model).resolver(RESOLVERS).build();
            data.forEach(context::data);
            context.data(LOCALE, locale);
            try {
                return template.apply(context);
            } finally {
                context.destroy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + name + " could not be rendered", e);
        }
    }

    private static Locale locale(Options options) {
        Object l = options.data(LOCALE);
        return l instanceof Locale loc ? loc : Messages.VI;
    }

    static String number(Object value, Locale locale) {
        if (!(value instanceof Number n)) {
            return value == null ? "" : value.toString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(n instanceof BigDecimal b ? b : (Object) n.doubleValue());
    }

    private static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.toString(), b.toString());
    }
}
