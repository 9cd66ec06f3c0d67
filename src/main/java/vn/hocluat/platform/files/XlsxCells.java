package vn.hocluat.platform.files;

import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * The house look of exported sheets (fastexcel): a bold, wrapped, light-blue header row frozen
 * above the data, and percentages as numbers shown with two decimals, so a spreadsheet can sum and
 * sort them. Used by the plan report and the contest statistics.
 */
public final class XlsxCells {
    public static final String PERCENT = "0.00";

    private XlsxCells() {
    }

    /** The header labels on row {@code row} with the column widths; the rows above and it stay in view. */
    public static void header(Worksheet ws, int row, List<String> labels, double[] widths) {
        for (int c = 0; c < labels.size(); c++) {
            ws.value(row, c, labels.get(c));
            ws.style(row, c).bold().wrapText(true).fillColor("DDEBF7").verticalAlignment("center").set();
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, row + 1);
    }

    /** A percentage (e.g. 12.5 for 12,5 %) as a number with two decimals; nothing when unknown. */
    public static void percent(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
            ws.style(r, c).format(PERCENT).set();
        }
    }
}
