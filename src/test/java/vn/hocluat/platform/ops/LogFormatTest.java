package vn.hocluat.platform.ops;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real logback.xml, configured into a private logger context, with its console captured. */
class LogFormatTest {

    @Test
    void json_format_writes_one_json_object_per_line_with_the_request_id() throws Exception {
        String out = logWith("json");
        String[] lines = out.split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith("{\"timestamp\":"), lines[0]);
        assertTrue(lines[0].contains("\"level\":\"INFO\",\"threadName\":\"" + Thread.currentThread().getName()
                + "\",\"loggerName\":\"vn.hocluat.test\",\"mdc\": {\"requestId\":\"req-42\"},"
                + "\"formattedMessage\":\"Nhập danh sách 12 người\",\"throwable\":null}"), lines[0]);
        assertTrue(lines[1].contains("\"loggerName\":\"hocluat.initial-admin\",\"mdc\": {},"
                + "\"formattedMessage\":\"Initial admin password: s3cret\""), lines[1]);
    }

    @Test
    void text_format_is_the_default_with_the_request_id_and_the_admin_password_alone_on_its_line() throws Exception {
        String out = logWith(null);
        String[] lines = out.split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].endsWith(" INFO  [" + Thread.currentThread().getName() + "] vn.hocluat.test req=req-42 - Nhập danh sách 12 người"), lines[0]);
        assertEquals("Initial admin password: s3cret", lines[1]);
    }

    @Test
    void an_unknown_format_falls_back_to_text_rather_than_silence() throws Exception {
        String out = logWith("xml");
        assertTrue(out.startsWith("Initial admin password: s3cret\n") || out.contains("\nInitial admin password: s3cret"), out);
    }

    private static String logWith(String format) throws JoranException {
        String previous = System.getProperty("hocluat.log-format");
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        // a private logger context needs its own MDC
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            if (format == null) {
                System.clearProperty("hocluat.log-format");
            } else {
                System.setProperty("hocluat.log-format", format);
            }
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            Logger log = context.getLogger("vn.hocluat.test");
            context.getMDCAdapter().put("requestId", "req-42");
            log.info("Nhập danh sách {} người", 12);
            context.getMDCAdapter().remove("requestId");
            context.getLogger("hocluat.initial-admin").info("Initial admin password: {}", "s3cret");
        } finally {
            context.stop();
            System.setOut(console);
            if (previous == null) {
                System.clearProperty("hocluat.log-format");
            } else {
                System.setProperty("hocluat.log-format", previous);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
