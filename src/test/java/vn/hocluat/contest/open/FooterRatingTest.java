package vn.hocluat.contest.open;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.contest.open.PublicPlayScene.Player;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.open.PublicPlayScene.location;

/** The one-question rating in the footer of public pages: a PAGE rating by normalised path, once a month, never on the sheet. */
@MicronautTest(transactional = false)
class FooterRatingTest implements TestDatabase {
    private static final String FOOTER = "<details class=\"page-rating\" id=\"danh-gia\">";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    PublicPlayScene scene;

    @BeforeAll
    void setUp() {
        scene = new PublicPlayScene(context, server.getURI());
    }

    private long pageRatings(String path) {
        return scene.fixtures.queryLong("select count(*) from rating where object_kind = 'PAGE' and object_path = ?", path);
    }

    @Test
    void footer_form_is_on_the_contest_list_and_landing_but_not_on_the_attempt_sheet() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 4, 4, "", "NONE", List.of(Window.openNow("Tuần 1")));
        Web visitor = new Web(server.getURI());
        String list = visitor.get("/thi").body();
        assertTrue(list.contains(FOOTER), list);
        assertTrue(list.contains("<input type=\"hidden\" name=\"kind\" value=\"PAGE\"><input type=\"hidden\" name=\"path\" value=\"/thi\">"), list);
        assertTrue(list.contains("Đánh giá trang này"), list);
        assertTrue(visitor.get("/thi/" + c.slug()).body().contains(FOOTER));
        assertTrue(visitor.get("/verify").body().contains(FOOTER));

        Player p = scene.player();
        String sheet = location(p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of()));
        String html = p.web().get(sheet).body();
        assertTrue(html.contains("<legend>Câu 1"), html);
        assertFalse(html.contains("page-rating"), html);
        assertFalse(html.contains("action=\"/danh-gia\""), html);
    }

    @Test
    void footer_rating_is_recorded_as_the_page_path_on_the_root_unit_and_refused_a_second_time_this_month() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 4, 4, "", "NONE", List.of(Window.openNow("Tuần 1")));
        String path = "/thi/" + c.slug();
        Web visitor = new Web(server.getURI());
        visitor.get(path);

        HttpResponse<String> rated = visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", path + "/?utm=zalo",
                "score", "5", "comment", "Dễ tìm thông tin"));
        assertEquals(303, rated.statusCode(), rated.body());
        assertEquals(path + "?danh-gia=cam-on#danh-gia", location(rated));
        assertEquals(1, scene.fixtures.queryLong("""
                select count(*) from rating where object_kind = 'PAGE' and object_path = ? and object_id is null and score = 5
                   and comment = 'Dễ tìm thông tin' and anonymous_id is not null
                   and owner_unit_id = (select id from unit where parent_id is null)""", path));
        String back = visitor.get(path + "?danh-gia=cam-on").body();
        assertTrue(back.contains("<p class=\"notice\" role=\"status\" id=\"danh-gia\">Đánh giá của bạn đã được ghi nhận.</p>"), back);
        assertFalse(back.contains(FOOTER), back);

        HttpResponse<String> again = visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", path, "score", "1"));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("Bạn đã đánh giá mục này trong tháng này. Mỗi người chỉ đánh giá một lần mỗi tháng."), again.body());
        assertTrue(again.body().contains("name=\"path\" value=\"" + path + "\""), again.body());
        assertEquals(1, pageRatings(path));
    }

    @Test
    void certificate_codes_collapse_to_the_verification_section_and_other_paths_are_refused() {
        Web visitor = new Web(server.getURI());
        visitor.get("/verify");
        long before = pageRatings("/verify");
        HttpResponse<String> rated = visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", "/verify/ABCD-1234", "score", "4"));
        assertEquals(303, rated.statusCode(), rated.body());
        assertEquals("/verify/ABCD-1234?danh-gia=cam-on#danh-gia", location(rated));
        assertEquals(before + 1, pageRatings("/verify"));
        assertEquals(0, pageRatings("/verify/ABCD-1234"));

        assertEquals(404, visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", "/accounts", "score", "4")).statusCode());
        assertEquals(404, visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", "/thi/khong-co-cuoc-thi-nay", "score", "4")).statusCode());
        assertEquals(404, visitor.postForm("/danh-gia", Map.of("kind", "PAGE", "path", "https://evil.example/thi", "score", "4")).statusCode());
        assertEquals(0, pageRatings("/accounts") + pageRatings("/thi/khong-co-cuoc-thi-nay"));
    }
}
