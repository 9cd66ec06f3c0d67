package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 100,000-row figure of the issue, printed rather than asserted (machines differ):
 * ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=RosterImportBenchmark
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class RosterImportBenchmark implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(RosterImportBenchmark.class);
    static final int ROWS = 100_000;
    static final int COMMUNES = 10;
    static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Đức",
        "Vũ Thị Hạnh", "Đặng Quốc Khánh", "Bùi Thị Lan", "Đỗ Minh Nhật", "Hồ Thị Phương"};
    static final String[] GROUPS = {"Cán bộ, công chức, viên chức", "Hòa giải viên", "Báo cáo viên; Tuyên truyền viên",
        "Tập huấn viên; CBCCVC", "Lực lượng vũ trang", "Giáo viên", "Người dân"};

    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    RosterImportService service;

    final List<String> figures = new ArrayList<>();

    @Test
    void import_100k_rows_from_csv_and_xlsx() {
        Fixtures fx = new Fixtures(context);
        long province = fx.unit(fx.rootId(), Fixtures.unique("BP"), "Tỉnh Đo Tốc Độ", "PROVINCE");
        List<String> communes = new ArrayList<>();
        for (int i = 0; i < COMMUNES; i++) {
            String code = Fixtures.unique("BX");
            fx.unit(province, code, "Xã Số " + i, "COMMUNE");
            communes.add(code);
        }
        String manager = fx.account("MANAGER", province);
        CurrentUser user = new CurrentUser(fx.queryLong("select id from account where username = ?", manager), manager,
                "Benchmark", Role.MANAGER, province);

        String csvPrefix = Fixtures.unique("C");
        byte[] csv = csv(csvPrefix, communes, "Chuyên viên");
        byte[] csvChanged = csv(csvPrefix, communes, "Phó chủ tịch");
        byte[] xlsx = xlsx(Fixtures.unique("X"), communes);
        byte[] xlsxHttp = xlsx(Fixtures.unique("H"), communes);
        LOG.info("Generated files: CSV {} bytes, XLSX {} bytes", csv.length, xlsx.length);

        time("CSV, 100k new people (service)", () -> service.importFile(user, new Upload("b.csv", csv), Messages.VI), ROWS, 0);
        time("CSV again, unchanged (service)", () -> service.importFile(user, new Upload("b.csv", csv), Messages.VI), 0, 0);
        time("CSV, 100k changed people (service)", () -> service.importFile(user, new Upload("b.csv", csvChanged), Messages.VI), 0, ROWS);
        time("XLSX, 100k new people (service)", () -> service.importFile(user, new Upload("b.xlsx", xlsx), Messages.VI), ROWS, 0);

        Web web = new Web(server.getURI()).loginApi(manager, Fixtures.PASSWORD);
        long start = System.nanoTime();
        HttpResponse<String> r = web.postFile("/api/v1/people/import", "b.xlsx", xlsxHttp, Map.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("{\"created\":" + ROWS + ",\"updated\":0}", r.body());
        figures.add(String.format("%-40s %7d rows %6.2f s %8.0f rows/s", "XLSX, 100k new people (HTTP API)", ROWS, seconds, ROWS / seconds));
        LOG.info("Roster import benchmark ({} cores):\n{}", Runtime.getRuntime().availableProcessors(), String.join("\n", figures));
    }

    private void time(String label, Supplier<RosterImportService.Result> run, int created, int updated) {
        long start = System.nanoTime();
        RosterImportService.Result result = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(List.of(), result.errors());
        assertEquals(created + "/" + updated, result.created() + "/" + result.updated());
        figures.add(String.format("%-40s %7d rows %6.2f s %8.0f rows/s", label, ROWS, seconds, ROWS / seconds));
    }

    static byte[] csv(String prefix, List<String> communes, String position) {
        StringBuilder sb = new StringBuilder(ROWS * 180).append(RosterFiles.CSV_HEADER).append("\r\n");
        for (int i = 0; i < ROWS; i++) {
            List<Object> row = row(prefix, i, communes, position);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                String text = v == null ? "" : v instanceof LocalDate d ? vn.hocluat.platform.text.Dates.format(d) : v.toString();
                sb.append(c == 0 ? "" : ",").append(text.contains(",") ? "\"" + text + "\"" : text);
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String prefix, List<String> communes) {
        List<List<Object>> rows = new ArrayList<>(ROWS + 1);
        rows.add(new ArrayList<>(RosterFiles.HEADER));
        for (int i = 0; i < ROWS; i++) {
            rows.add(row(prefix, i, communes, "Chuyên viên"));
        }
        return RosterFiles.xlsx(rows);
    }

    static List<Object> row(String prefix, int i, List<String> communes, String position) {
        String groups = GROUPS[i % GROUPS.length];
        List<Object> row = new ArrayList<>(14);
        row.add(prefix + "-" + i);
        row.add(NAMES[i % NAMES.length]);
        row.add(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
        row.add(i % 2 == 0 ? "Nam" : "Nữ");
        row.add(i % 3 == 0 ? "Kinh" : "Tày");
        row.add(String.format("09%08d", i));
        row.add("nguoi" + i + "@example.vn");
        row.add(communes.get(i % communes.size()));
        row.add(position);
        row.add(groups);
        row.add(groups.contains("Tập huấn viên") ? "Tỉnh" : null);
        row.add(groups.equals("Hòa giải viên") ? LocalDate.of(2024, 1 + i % 12, 1 + i % 28) : null);
        row.add(LocalDate.of(2025, 1, 1));
        row.add(null);
        return row;
    }
}
