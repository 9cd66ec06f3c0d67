package vn.hocluat.assessment.stats;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.assessment.stats.QuizStats.AttemptLine;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** A quiz's attempts as an XLSX sheet with headers in the user's language. */
@Singleton
class AttemptsWorkbook {
    private static final List<String> HEADERS = List.of("quiz.stats.taker", "attempt.numberCol", "attempt.stateCol",
            "attempt.started", "quiz.stats.seconds", "attempt.score", "quiz.stats.maxScore");

    private final Messages messages;

    AttemptsWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] attempts(Locale locale, List<AttemptLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, "quiz.stats.sheet"));
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.value(0, c, messages.get(locale, HEADERS.get(c)));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (AttemptLine a : lines) {
                ws.value(r, 0, a.taker());
                ws.value(r, 1, a.number());
                ws.value(r, 2, messages.get(locale, "attempt.state." + a.state()));
                ws.value(r, 3, a.startedText());
                if (a.durationSeconds() != null) {
                    ws.value(r, 4, a.durationSeconds());
                }
                if (a.score() != null) {
                    ws.value(r, 5, a.score());
                }
                ws.value(r, 6, a.maxScore());
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
