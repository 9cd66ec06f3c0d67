package vn.hocluat.satisfaction;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.hocluat.support.XlsxText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The managers' ratings page: figures per child unit and per object for a hand-made set of ratings, scope and comments. */
@MicronautTest(transactional = false)
class RatingReportPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    Fixtures fx;
    long province;
    long communeA;
    long communeB;
    long courseA;
    long courseB;
    long courseP;
    String month;

    @BeforeEach
    void scene() {
        fx = new Fixtures(context);
        province = fx.unit(fx.rootId(), Fixtures.unique("T"), "Tỉnh Hài Lòng", "PROVINCE");
        communeA = fx.unit(province, Fixtures.unique("XA"), "Xã An Hòa", "COMMUNE");
        communeB = fx.unit(province, Fixtures.unique("XB"), "Xã Bình Minh", "COMMUNE");
        courseA = course("Luật Hòa giải ở cơ sở", communeA);
        courseB = course("Luật Đất đai", communeB);
        courseP = course("Luật Trẻ em", province);
        rate(courseA, 5, "Rất hữu ích");
        rate(courseA, 4, null);
        rate(courseA, 4, null);
        rate(courseA, 2, "Khó theo dõi");
        rate(courseB, 3, "Tạm ổn");
        rate(courseB, 5, null);
        rate(courseP, 1, "Video không xem được");
        YearMonth now = YearMonth.now(Dates.ZONE);
        month = String.format("%02d/%d", now.getMonthValue(), now.getYear());
    }

    private long course(String title, long unit) {
        String slug = Fixtures.unique("kh-").toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return fx.queryLong("insert into course (slug, title, search_text, unit_id) values (?, ?, ?, ?) returning id",
                slug, title, slug, unit);
    }

    private void rate(long course, int score, String comment) {
        fx.queryLong("""
                insert into rating (object_kind, object_id, owner_unit_id, score, comment, rater_key, client_address, window_month)
                select 'COURSE', c.id, c.unit_id, ?, ?::varchar, ?, '10.9.9.9', date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')::date
                  from course c where c.id = ? returning id""", score, comment, Fixtures.unique("A:"), course);
    }

    private Web as(String role, long unit) {
        return new Web(server.getURI()).login(fx.account(role, unit), Fixtures.PASSWORD);
    }

    private String page(Web web, String query) {
        HttpResponse<String> r = web.get("/ratings?from=" + month + "&to=" + month + query);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The text of the table row whose first cell starts with {@code first}, cells separated by " | ". */
    private static String row(String html, String first) {
        Matcher m = Pattern.compile("<tr><t[dh][^>]*>(?:<[^>]+>)*" + Pattern.quote(first) + ".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row " + first + " in " + html);
        return m.group().replaceAll("</t[dh]>\\s*<t[dh][^>]*>", " | ").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void province_manager_sees_count_average_share_and_distribution_per_commune_and_per_course() {
        String html = page(as("MANAGER", province), "&unit=" + province);

        assertEquals("Xã An Hòa | 4 | 3,75 | 75 % (3/4) | 0 | 1 | 0 | 2 | 1", row(html, "Xã An Hòa"));
        assertEquals("Xã Bình Minh | 2 | 4 | 50 % (1/2) | 0 | 0 | 1 | 0 | 1", row(html, "Xã Bình Minh"));
        assertEquals("Do Tỉnh Hài Lòng trực tiếp tổ chức | 1 | 1 | 0 % (0/1) | 1 | 0 | 0 | 0 | 0", row(html, "Do Tỉnh Hài Lòng"));
        assertEquals("Tổng cộng | 7 | 3,43 | 57,14 % (4/7) | 1 | 1 | 1 | 2 | 2", row(html, "Tổng cộng"));
        assertEquals("Luật Hòa giải ở cơ sở | Khóa học | Xã An Hòa | 4 | 3,75 | 75 % (3/4) | 0 | 1 | 0 | 2 | 1",
                row(html, "Luật Hòa giải ở cơ sở"));
        assertEquals("Luật Trẻ em | Khóa học | Tỉnh Hài Lòng | 1 | 1 | 0 % (0/1) | 1 | 0 | 0 | 0 | 0", row(html, "Luật Trẻ em"));
        assertTrue(html.contains("href=\"/ratings?unit=" + communeA + "&from=" + month.replace("/", "%2F")), html);
        String today = Dates.format(LocalDate.now(Dates.ZONE));
        assertEquals(today + " | 2 | Khó theo dõi | Luật Hòa giải ở cơ sở", row(html, today + "</td><td class=\"num\">2"));
        assertTrue(html.contains("Tạm ổn") && html.contains("Video không xem được"), html);
    }

    @Test
    void drilling_down_to_a_commune_shows_its_own_courses_and_only_its_comments() {
        Web manager = as("MANAGER", communeA);
        String html = page(manager, "&unit=" + communeA);

        assertEquals("Do Xã An Hòa trực tiếp tổ chức | 4 | 3,75 | 75 % (3/4) | 0 | 1 | 0 | 2 | 1", row(html, "Do Xã An Hòa"));
        assertEquals("Tổng cộng | 4 | 3,75 | 75 % (3/4) | 0 | 1 | 0 | 2 | 1", row(html, "Tổng cộng"));
        assertTrue(html.contains("Rất hữu ích") && html.contains("Khó theo dõi"), html);
        assertFalse(html.contains("Tạm ổn"), html);
        assertFalse(html.contains("Video không xem được"), html);
        assertFalse(html.contains("Luật Đất đai"), html);
        assertTrue(page(manager, "").contains("Do Xã An Hòa trực tiếp tổ chức"));
    }

    @Test
    void comments_of_one_selected_course_only() {
        String html = page(as("MANAGER", province), "&unit=" + province + "&object=COURSE:" + courseB);

        assertTrue(html.contains("Góp ý về “Luật Đất đai”"), html);
        assertTrue(html.contains("Tạm ổn"), html);
        assertFalse(html.contains("Rất hữu ích"), html);
        assertTrue(html.contains("1 góp ý"), html);
    }

    @Test
    void manager_of_another_commune_is_refused_and_a_learner_is_refused() {
        Web managerB = as("MANAGER", communeB);
        assertEquals(403, managerB.get("/ratings?unit=" + communeA).statusCode());
        assertEquals(403, managerB.get("/ratings?unit=" + province).statusCode());
        assertEquals(403, managerB.get("/ratings.xlsx?unit=" + communeA).statusCode());
        String own = page(managerB, "&unit=" + communeB);
        assertFalse(own.contains("Rất hữu ích"), own);
        assertTrue(own.contains("Tạm ổn"), own);

        assertEquals(403, as("LEARNER", communeA).get("/ratings?unit=" + communeA).statusCode());
        assertEquals(403, as("TRAINER", communeA).get("/ratings").statusCode());
        assertEquals(404, managerB.get("/ratings?unit=999999999").statusCode());
    }

    @Test
    void a_malformed_month_is_named_and_nothing_is_shown() {
        HttpResponse<String> r = as("MANAGER", province).get("/ratings?from=13/2026&to=" + month);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tháng phải có dạng MM/yyyy, ví dụ 03/2026."), r.body());
        assertFalse(r.body().contains("Tổng cộng"), r.body());
    }

    @Test
    void comments_come_twenty_to_a_page() {
        long commune = fx.unit(province, Fixtures.unique("XC"), "Xã Chín Trang", "COMMUNE");
        long course = course("Luật Phòng, chống bạo lực gia đình", commune);
        for (int i = 1; i <= 21; i++) {
            rate(course, 4, "Góp ý số " + i + ".");
        }
        Web manager = as("MANAGER", commune);
        String first = page(manager, "&unit=" + commune);
        String second = page(manager, "&unit=" + commune + "&page=2");

        assertEquals(20, first.split("<td>Góp ý số ", -1).length - 1, first);
        assertTrue(first.contains("21 góp ý"), first);
        assertTrue(first.contains("href=\"/ratings?unit=" + commune + "&from=" + month.replace("/", "%2F") + "&to="
                + month.replace("/", "%2F") + "&page=2#comments\" rel=\"next\""), first);
        assertEquals(1, second.split("<td>Góp ý số ", -1).length - 1, second);
        assertTrue(second.contains("<td>Góp ý số 1.</td>"), second);
        assertFalse(second.contains("rel=\"next\""), second);
    }

    @Test
    void the_export_holds_the_same_figures_as_numbers() throws IOException {
        HttpResponse<byte[]> r = as("MANAGER", province).getBytes("/ratings.xlsx?unit=" + province + "&from=" + month + "&to=" + month);
        assertEquals(200, r.statusCode());
        List<List<String>> units = new ArrayList<>();
        List<List<String>> objects = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()), new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Theo đơn vị", "Theo mục được đánh giá"), sheets.stream().map(Sheet::getName).toList());
            for (Row row : sheets.get(0).read()) {
                units.add(XlsxText.cells(row));
            }
            for (Row row : sheets.get(1).read()) {
                objects.add(XlsxText.cells(row));
            }
        }
        assertEquals(List.of("Đơn vị", "Số đánh giá", "Điểm trung bình", "Tỷ lệ 4–5 điểm (%)", "Số đánh giá 4–5 điểm",
                "1", "2", "3", "4", "5"), units.get(1));
        assertTrue(units.contains(List.of("Xã An Hòa", "n:4", "n:3.75%.00", "n:75%.00", "n:3", "n:0", "n:1", "n:0", "n:2", "n:1")), units.toString());
        assertTrue(units.contains(List.of("Tổng cộng", "n:7", "n:3.43%.00", "n:57.14%.00", "n:4", "n:1", "n:1", "n:1", "n:2", "n:2")), units.toString());
        assertTrue(objects.contains(List.of("Luật Đất đai", "Khóa học", "Xã Bình Minh", "n:2", "n:4%.00", "n:50%.00", "n:1",
                "n:0", "n:0", "n:1", "n:0", "n:1")), objects.toString());
    }
}
