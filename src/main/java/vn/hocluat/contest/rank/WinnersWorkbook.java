package vn.hocluat.contest.rank;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The winners of a round as XLSX: individual winners, then the two collective rankings, numbers as numbers. */
@Singleton
class WinnersWorkbook {
    private static final List<String> PEOPLE = List.of("contest.review.col.prize", "contest.review.col.rank",
            "contest.review.col.name", "contest.review.col.phone", "contest.review.col.unit", "contest.review.col.score",
            "contest.review.col.maxScore", "contest.review.col.prediction", "contest.review.col.error",
            "contest.review.col.seconds", "contest.review.col.started");
    private static final List<String> UNITS = List.of("contest.review.col.rank", "contest.review.col.commune",
            "contest.review.col.entrants", "contest.review.col.population", "contest.review.col.rate", "contest.review.col.prize");

    private final Messages messages;

    WinnersWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(Locale locale, ReviewReads.Winners w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, "contest.review.winners.sheetPeople"));
            headers(ws, locale, PEOPLE);
            int r = 1;
            for (RankRow row : w.individual()) {
                ws.value(r, 0, row.prizeName());
                ws.value(r, 1, row.rank());
                ws.value(r, 2, row.fullName());
                ws.value(r, 3, row.phone());
                ws.value(r, 4, row.unitName());
                ws.value(r, 5, row.score());
                ws.value(r, 6, row.maxScore());
                if (row.prediction() != null) {
                    ws.value(r, 7, row.prediction());
                }
                if (row.predictionError() != null) {
                    ws.value(r, 8, row.predictionError());
                }
                ws.value(r, 9, RankViews.seconds(row.durationMs()));
                ws.value(r, 10, QuizTimes.formatSeconds(row.startedAt()));
                r++;
            }
            units(wb.newWorksheet(messages.get(locale, "contest.review.winners.sheetMost")), locale, w.mostEntrants());
            units(wb.newWorksheet(messages.get(locale, "contest.review.winners.sheetRate")), locale, w.highestRate());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void units(Worksheet ws, Locale locale, List<PrizeAwards.UnitLine> lines) {
        headers(ws, locale, UNITS);
        int r = 1;
        for (PrizeAwards.UnitLine l : lines) {
            ws.value(r, 0, l.rank());
            ws.value(r, 1, l.unitName());
            ws.value(r, 2, l.entrants());
            if (l.population() != null) {
                ws.value(r, 3, l.population());
            }
            if (l.rate() != null) {
                ws.value(r, 4, l.rate());
            }
            ws.value(r, 5, l.prizeName());
            r++;
        }
    }

    private void headers(Worksheet ws, Locale locale, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            ws.value(0, c, messages.get(locale, keys.get(c)));
            ws.style(0, c).bold().set();
        }
    }
}
