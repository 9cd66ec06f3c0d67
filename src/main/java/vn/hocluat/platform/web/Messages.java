package vn.hocluat.platform.web;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI text from the bundles i18n/messages_vi (default) and i18n/messages_en. Arguments replace
 * {0}, {1}… literally (no MessageFormat, so apostrophes need no escaping); a key missing in
 * English falls back to Vietnamese, and a key missing everywhere shows as the key itself.
 */
@Singleton
public class Messages {
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle vi = ResourceBundle.getBundle("i18n.messages", VI, NO_FALLBACK);
    private final ResourceBundle en = ResourceBundle.getBundle("i18n.messages", EN, NO_FALLBACK);

    /** The supported locale nearest to the one asked for: English, or else Vietnamese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : VI;
    }

    public String get(Locale locale, String key, Object... args) {
        String text = lookup(supported(locale) == EN ? en : vi, key);
        if (text == null) {
            text = lookup(vi, key);
        }
        if (text == null) {
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return lookup(vi, key) != null;
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
