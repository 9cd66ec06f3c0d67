package vn.hocluat.support;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

import java.util.ArrayList;
import java.util.List;

/** Exported XLSX rows read back as text, so a test compares whole rows with what it counted by hand. */
public final class XlsxText {
    private XlsxText() {
    }

    /** A row as text: numbers as "n:66.67" (with "%.00" when shown with two decimals), text as it is, empty as "", trailing empties dropped. */
    public static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                out.add("");
            } else if (cell.getType() == CellType.NUMBER) {
                out.add("n:" + cell.asNumber().stripTrailingZeros().toPlainString() + ("0.00".equals(cell.getDataFormatString()) ? "%.00" : ""));
            } else {
                out.add(cell.getText());
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
