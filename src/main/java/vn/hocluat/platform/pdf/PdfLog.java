package vn.hocluat.platform.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * openhtmltopdf's log (java.util.logging to the console by default) into the application's log:
 * its problems as warnings and errors, its chatter (fonts loaded, timings) at debug.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (severity >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration, not the library's to change
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
