package vn.hocluat.mediation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.org.rosterimport.RosterFiles;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.files.TableFormatException;
import vn.hocluat.platform.files.TableReader;
import vn.hocluat.support.Scene;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team import: a CSV and an XLSX written exactly once, bad rows refused with row and column, scope. */
@MicronautTest(transactional = false)
class TeamImportTest implements TestDatabase {
    static final String HEADER = "Mã đơn vị,Tên tổ hòa giải,Ngày công nhận,Vùng đồng bào dân tộc thiểu số,Vai trò,Mã người,"
            + "Họ tên người ngoài,Loại hỗ trợ,Từ ngày";

    @Inject
    ApplicationContext context;

    TeamScene s;

    @BeforeAll
    void setUp() {
        s = new TeamScene(new Scene(context));
    }

    @Test
    void csv_creates_teams_members_and_supporters_and_the_same_file_again_writes_nothing() {
        String leader = s.mediator(s.villageA, "Hà Thị Bình", "FEMALE", "Tày");
        String member = s.mediator(s.villageA, "Đặng Văn Đức", "MALE", "Kinh");
        String third = s.mediator(s.communeA, "Lò Văn Sáng", "MALE", "Thái");
        String police = s.mediator(s.communeA, "Trần Văn Công", "MALE", "Kinh");
        String v = s.villageACode;
        byte[] file = RosterFiles.csv(HEADER,
                v + ",Tổ hòa giải thôn Ba,15/03/2024,Có,Tổ trưởng," + leader + ",,,",
                v + ",Tổ hòa giải thôn Ba,,,Tổ viên," + member + ",,,01/04/2024",
                v + ",to hoa giai thon ba,,,tổ viên," + third + ",,,",
                v + ",Tổ hòa giải thôn Ba,,,Hỗ trợ,,Nguyễn Văn Luật,Luật sư,",
                v + ",Tổ hòa giải thôn Ba,,,Hỗ trợ," + police + ",,Công an,",
                s.communeACode + ",Tổ hòa giải xã An Hòa,,,,,,,");
        Web web = s.scene.pages(s.managerA);

        HttpResponse<String> r = web.postFile("/mediation/teams/import", "to-hoa-giai.csv", file, Map.of());

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/mediation/teams/import?teams=2&updated=0&members=3&supports=2", r.headers().firstValue("Location").orElseThrow());
        assertTrue(web.get("/mediation/teams/import?teams=2&updated=0&members=3&supports=2").body()
                .contains("Đã nhập xong: thêm mới 2 tổ, cập nhật 0 tổ, thêm 3 thành viên và 2 người hỗ trợ."));
        long team = s.teamId(s.villageA, "Tổ hòa giải thôn Ba");
        assertEquals("2024-03-15|true|true", s.fixtures.queryString("""
                select recognised_on || '|' || ethnic_minority_area || '|' || active from mediation_team where id = ?""", team));
        assertEquals("Hà Thị Bình LEADER 2024-03-15, Đặng Văn Đức MEMBER 2024-04-01, Lò Văn Sáng MEMBER 2024-03-15",
                s.fixtures.queryString("""
                        select string_agg(p.full_name || ' ' || m.role || ' ' || m.member_from, ', ' order by m.id)
                        from mediation_team_member m join person p on p.id = m.person_id where m.team_id = ?""", team));
        assertEquals("LAWYER Nguyễn Văn Luật, POLICE Trần Văn Công", s.fixtures.queryString("""
                select string_agg(s.kind || ' ' || coalesce(p.full_name, s.external_name), ', ' order by s.id)
                from mediation_team_support s left join person p on p.id = s.person_id where s.team_id = ?""", team));
        assertEquals("∅|false", s.fixtures.queryString("""
                select coalesce(recognised_on::text, '∅') || '|' || ethnic_minority_area from mediation_team where id = ?""",
                s.teamId(s.communeA, "Tổ hòa giải xã An Hòa")));
        assertTrue(web.get("/mediation/teams/" + team).body().contains("Tổ đủ thành phần theo quy định"));

        r = web.postFile("/mediation/teams/import", "to-hoa-giai.csv", file, Map.of());

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/mediation/teams/import?teams=0&updated=0&members=0&supports=0", r.headers().firstValue("Location").orElseThrow());
        assertEquals(1, s.count("select count(*) from mediation_team where unit_id = ? and name = 'Tổ hòa giải thôn Ba'", s.villageA));
        assertEquals(3, s.count("select count(*) from mediation_team_member where team_id = ?", team));
        assertEquals(2, s.count("select count(*) from mediation_team_support where team_id = ?", team));
    }

    @Test
    void xlsx_with_date_cells_is_imported_once_and_a_changed_date_updates_the_team() {
        String leader = s.mediator(s.villageA, "Mai Thị Lan", "FEMALE", "Kinh");
        List<Object> header = Arrays.asList((Object[]) HEADER.split(","));
        List<Object> row = Arrays.asList(s.villageACode, "Tổ hòa giải thôn Năm", LocalDate.of(2023, 5, 20), "Không",
                "Tổ trưởng", leader, null, null, LocalDate.of(2023, 6, 1));
        Web web = s.scene.pages(s.managerA);

        HttpResponse<String> r = web.postFile("/mediation/teams/import", "to.xlsx", RosterFiles.xlsx(List.of(header, row)), Map.of());

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/mediation/teams/import?teams=1&updated=0&members=1&supports=0", r.headers().firstValue("Location").orElseThrow());
        long team = s.teamId(s.villageA, "Tổ hòa giải thôn Năm");
        assertEquals("2023-05-20|2023-06-01", s.fixtures.queryString("""
                select t.recognised_on || '|' || m.member_from from mediation_team t join mediation_team_member m on m.team_id = t.id
                where t.id = ?""", team));

        r = web.postFile("/mediation/teams/import", "to.xlsx", RosterFiles.xlsx(List.of(header, row)), Map.of());
        assertEquals("/mediation/teams/import?teams=0&updated=0&members=0&supports=0", r.headers().firstValue("Location").orElseThrow());

        List<Object> changed = Arrays.asList(s.villageACode, "TỔ HÒA GIẢI THÔN NĂM", LocalDate.of(2023, 5, 21), null,
                "Tổ trưởng", leader, null, null, null);
        r = web.postFile("/mediation/teams/import", "to.xlsx", RosterFiles.xlsx(List.of(header, changed)), Map.of());
        assertEquals("/mediation/teams/import?teams=0&updated=1&members=0&supports=0", r.headers().firstValue("Location").orElseThrow());
        assertEquals("Tổ hòa giải thôn Năm|2023-05-21", s.fixtures.queryString(
                "select name || '|' || recognised_on from mediation_team where id = ?", team));
        assertEquals(1, s.count("select count(*) from mediation_team_member where team_id = ?", team));
    }

    @Test
    void bad_rows_are_listed_with_row_and_column_and_nothing_is_written() {
        String member = s.mediator(s.villageA, "Vi Văn Tùng", "MALE", "Nùng");
        String v = s.villageACode;
        byte[] file = RosterFiles.csv(HEADER,
                v + ",Tổ hòa giải thôn Sáu,15/03/2024,Không,Tổ trưởng," + member + ",,,",
                "KHONG-CO-DV,Tổ hòa giải thôn Sáu,,,Tổ viên," + member + ",,,",
                v + ",Tổ hòa giải thôn Sáu,31/02/2024,,Tổ viên,KHONG-CO-NGUOI,,,",
                v + ",Tổ hòa giải thôn Sáu,,,Hỗ trợ,,Nguyễn Văn Luật,,",
                v + ",Tổ hòa giải thôn Sáu,,Chắc vậy,Thủ quỹ," + member + ",,,",
                v + ",Tổ hòa giải thôn Sáu,16/03/2024,,Tổ viên," + member + ",,,");
        Web web = s.scene.pages(s.managerA);

        HttpResponse<String> r = web.postFile("/mediation/teams/import", "loi.csv", file, Map.of());

        assertEquals(422, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("5 dòng lỗi, chưa ghi dữ liệu nào."), page);
        assertTrue(page.contains("<tr><td>3</td><td>Mã đơn vị</td><td>Không có đơn vị mã “KHONG-CO-DV” trong hệ thống.</td></tr>"), page);
        assertTrue(page.contains("<tr><td>4</td><td>Ngày công nhận</td><td>Ngày công nhận “31/02/2024” không phải ngày dạng dd/MM/yyyy.</td></tr>"));
        assertTrue(page.contains("<tr><td>4</td><td>Mã người</td><td>Không có người mã “KHONG-CO-NGUOI” trong danh sách người.</td></tr>"));
        assertTrue(page.contains("<tr><td>5</td><td>Loại hỗ trợ</td><td>Dòng Hỗ trợ phải có Loại hỗ trợ.</td></tr>"));
        assertTrue(page.contains("<tr><td>6</td><td>Vùng đồng bào dân tộc thiểu số</td><td>Vùng đồng bào dân tộc thiểu số chỉ nhận Có hoặc Không, không nhận “Chắc vậy”.</td></tr>"));
        assertTrue(page.contains("<tr><td>6</td><td>Vai trò</td><td>Vai trò chỉ nhận Tổ trưởng, Tổ viên hoặc Hỗ trợ, không nhận “Thủ quỹ”.</td></tr>"));
        assertTrue(page.contains("<tr><td>7</td><td>Ngày công nhận</td><td>Ngày công nhận khác với dòng 2 của cùng tổ.</td></tr>"));
        assertTrue(page.contains("<tr><td>7</td><td>Mã người</td><td>Dòng 2 đã ghi người này cho cùng tổ.</td></tr>"));
        assertEquals(0, s.count("select count(*) from mediation_team where name = 'Tổ hòa giải thôn Sáu'"));
    }

    @Test
    void file_without_a_required_column_is_refused() {
        Web web = s.scene.pages(s.managerA);
        HttpResponse<String> r = web.postFile("/mediation/teams/import", "thieu.csv",
                RosterFiles.csv("Mã đơn vị,Vai trò", s.villageACode + ",Tổ viên"), Map.of());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<tr><td>1</td><td>Tên tổ hòa giải</td><td>Tệp thiếu cột bắt buộc “Tên tổ hòa giải”.</td></tr>"), r.body());
    }

    @Test
    void manager_of_other_commune_cannot_import_into_a_team_outside_their_subtree() {
        Web a = s.scene.pages(s.managerA);
        byte[] own = RosterFiles.csv(HEADER, s.villageACode + ",Tổ hòa giải thôn Bảy,,,,,,,");
        assertEquals(303, a.postFile("/mediation/teams/import", "a.csv", own, Map.of()).statusCode());
        long team = s.teamId(s.villageA, "Tổ hòa giải thôn Bảy");
        String outsider = s.mediator(s.communeB, "Người Xã Bình", "FEMALE", "Kinh");
        String insider = s.mediator(s.villageA, "Người Thôn Một", "FEMALE", "Kinh");
        Web b = s.scene.pages(s.managerB);

        HttpResponse<String> r = b.postFile("/mediation/teams/import", "b.csv", RosterFiles.csv(HEADER,
                s.villageACode + ",Tổ hòa giải thôn Bảy,,,Tổ viên," + outsider + ",,,"), Map.of());

        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<tr><td>2</td><td>Mã đơn vị</td><td>Đơn vị mã “" + s.villageACode
                + "” ngoài phạm vi quản lý của bạn: cần mã đơn vị của bạn hoặc đơn vị cấp dưới.</td></tr>"), r.body());
        r = b.postFile("/mediation/teams/import", "b.csv", RosterFiles.csv(HEADER,
                s.communeBCode + ",Tổ hòa giải xã Bình Minh,,,Tổ viên," + insider + ",,,"), Map.of());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<tr><td>2</td><td>Mã người</td><td>Người mã “" + insider
                + "” thuộc đơn vị ngoài phạm vi quản lý của bạn.</td></tr>"), r.body());
        assertEquals(0, s.count("select count(*) from mediation_team where unit_id = ?", s.communeB));
        assertEquals(0, s.count("select count(*) from mediation_team_member where team_id = ?", team));
        assertEquals(403, s.scene.pages(s.learnerA).postFile("/mediation/teams/import", "c.csv", own, Map.of()).statusCode());
    }

    @Test
    void templates_carry_the_header_and_examples_in_the_managers_unit() throws TableFormatException {
        Web web = s.scene.pages(s.managerA);
        HttpResponse<byte[]> csv = web.getBytes("/mediation/teams/import/template.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n" + s.communeACode + ",Tổ hòa giải thôn Một,15/03/2024,Không,Tổ trưởng,HGV001,,,15/03/2024\r\n"), text);
        HttpResponse<byte[]> xlsx = web.getBytes("/mediation/teams/import/template.xlsx");
        assertEquals(200, xlsx.statusCode());
        Table sheet = TableReader.read("mau.xlsx", xlsx.body());
        assertEquals(List.of(HEADER.split(",")), sheet.header());
        assertEquals(List.of(s.communeACode, "Tổ hòa giải thôn Một", "15/03/2024", "Không", "Tổ trưởng", "HGV001", "", "", "15/03/2024"),
                sheet.rows().get(0).cells());
        String page = web.get("/mediation/teams/import").body();
        assertTrue(page.contains("<td>Vai trò</td><td>Có</td><td>Tổ trưởng, Tổ viên hoặc Hỗ trợ (cũng nhận Leader, Member, Support). Để trống nếu dòng chỉ khai báo tổ.</td>"), page);
    }
}
