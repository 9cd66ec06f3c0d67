package vn.hocluat.org.rosterimport;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Import files built in tests (the roster and the training history imports): CSV text and XLSX workbooks whose LocalDate values become real date cells. */
public final class RosterFiles {
    static final List<String> HEADER = List.of("Mã", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Điện thoại",
            "Email", "Mã đơn vị", "Chức vụ", "Nhóm đối tượng", "Cấp tập huấn viên", "Ngày công nhận hòa giải viên",
            "Hiệu lực từ", "Hiệu lực đến");
    static final String CSV_HEADER = String.join(",", HEADER);

    private RosterFiles() {
    }

    public static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The first row is the header; LocalDate cells are written as Excel dates formatted dd/mm/yyyy. */
    public static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocLuatTest", "1.0");
            Worksheet ws = wb.newWorksheet("Danh sách");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("dd/mm/yyyy").set();
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
