package vn.hocluat.plans.dashboard;

import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.plans.kpi.PersonRow;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person list behind a target's number as one XLSX sheet: code, full name, unit, and the training
 * deadline for the "due soon" list of new mediators (dates as dd/MM/yyyy text, headers in the user's language).
 */
@Singleton
class PersonWorkbook {
    private final Messages messages;

    PersonWorkbook(Messages messages) {
        this.messages = messages;
    }

    byte[] write(Locale locale, TargetPersons p) {
        List<String> headers = new ArrayList<>(List.of("plans.dashboard.persons.code", "plans.dashboard.persons.name",
                "plans.dashboard.persons.unit"));
        boolean deadlines = p.which() == PersonList.PENDING;
        if (deadlines) {
            headers.add("plans.dashboard.persons.deadline");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuat", "1.0");
            Worksheet ws = wb.newWorksheet(messages.get(locale, "plans.dashboard.persons.sheet"));
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, messages.get(locale, headers.get(c)));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (PersonRow row : p.rows().items()) {
                ws.value(r, 0, row.code());
                ws.value(r, 1, row.fullName());
                ws.value(r, 2, row.unitName());
                if (deadlines && row.deadline() != null) {
                    ws.value(r, 3, Dates.format(row.deadline()));
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
