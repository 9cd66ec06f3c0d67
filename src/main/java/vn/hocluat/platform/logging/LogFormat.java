package vn.hocluat.platform.logging;

import ch.qos.logback.core.PropertyDefinerBase;

import java.util.Locale;

/**
 * Chooses the console log format for logback.xml: {@code json} (one JSON object per line, for log
 * collectors) when HOCLUAT_LOG_FORMAT or -Dhocluat.log-format says so, otherwise {@code text}, the
 * developer's readable lines. Any other value falls back to text rather than to no logs at all.
 */
public class LogFormat extends PropertyDefinerBase {
    static final String PROPERTY = "hocluat.log-format";
    static final String ENV = "HOCLUAT_LOG_FORMAT";

    /** True when logs are JSON lines: then nothing else (such as the start-up banner) may print to the console. */
    public static boolean json() {
        return new LogFormat().getPropertyValue().equals("json");
    }

    @Override
    public String getPropertyValue() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            value = System.getenv(ENV);
        }
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
