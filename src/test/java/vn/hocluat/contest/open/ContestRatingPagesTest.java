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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.open.PublicPlayScene.answers;
import static vn.hocluat.contest.open.PublicPlayScene.location;

/** The one-question rating form after a contest result: recorded once a month for the entrant, on the contest's unit. */
@MicronautTest(transactional = false)
class ContestRatingPagesTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    PublicPlayScene scene;

    @BeforeAll
    void setUp() {
        scene = new PublicPlayScene(context, server.getURI());
    }

    private String submitted(Player p, Contest c) {
        HttpResponse<String> r = p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau", Map.of());
        String sheet = location(r);
        p.web().postForm(sheet + "/nop", answers(p.web().get(sheet).body(), 4));
        return sheet + "/ket-qua";
    }

    @Test
    void entrant_rates_the_contest_from_the_result_page_once_a_month() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 4, 4, "", "NONE", List.of(Window.openNow("Tuần 1")));
        Player p = scene.player();
        String result = submitted(p, c);
        String html = p.web().get(result).body();
        assertTrue(html.contains("<form method=\"post\" action=\"/danh-gia\""), html);
        assertTrue(html.contains("name=\"object\" value=\"" + c.id() + "\""), html);
        assertTrue(html.contains("name=\"back\" value=\"" + result + "\""), html);

        Map<String, String> form = Map.of("kind", "CONTEST", "object", String.valueOf(c.id()), "back", result,
                "score", "4", "comment", "Câu hỏi rõ ràng");
        HttpResponse<String> rated = p.web().postForm("/danh-gia", form);
        assertEquals(303, rated.statusCode(), rated.body());
        assertEquals("/danh-gia/cam-on?back=" + result.replace("/", "%2F"), location(rated));
        assertTrue(p.web().get(location(rated)).body().contains("Đánh giá của bạn đã được ghi nhận."));
        assertEquals(1, scene.fixtures.queryLong("select count(*) from rating where object_kind = 'CONTEST' and object_id = ? and entrant_id = ?"
                + " and score = 4 and comment = 'Câu hỏi rõ ràng' and owner_unit_id = ?", c.id(), p.id(), scene.province));

        HttpResponse<String> again = p.web().postForm("/danh-gia", form);
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("Bạn đã đánh giá mục này trong tháng này."), again.body());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from rating where object_id = ? and object_kind = 'CONTEST'", c.id()));
    }

    @Test
    void missing_score_re_renders_the_form_and_an_anonymous_rater_gets_a_signed_cookie() {
        Contest c = scene.contests.published(scene.organiser, scene.province, 4, 4, "", "NONE", List.of(Window.openNow("Tuần 1")));
        Web visitor = new Web(server.getURI());
        visitor.get("/login");
        HttpResponse<String> noScore = visitor.postForm("/danh-gia", Map.of("kind", "CONTEST", "object", String.valueOf(c.id()), "back", "https://evil.example/"));
        assertEquals(422, noScore.statusCode());
        assertTrue(noScore.body().contains("Hãy chọn một mức đánh giá từ 1 đến 5."), noScore.body());
        assertTrue(noScore.body().contains("name=\"back\" value=\"/\""), noScore.body());

        HttpResponse<String> rated = visitor.postForm("/danh-gia", Map.of("kind", "CONTEST", "object", String.valueOf(c.id()), "score", "2"));
        assertEquals(303, rated.statusCode(), rated.body());
        assertEquals(1, scene.fixtures.queryLong("select count(*) from rating where object_id = ? and object_kind = 'CONTEST'"
                + " and anonymous_id is not null and score = 2", c.id()));
        assertEquals(422, visitor.postForm("/danh-gia", Map.of("kind", "CONTEST", "object", String.valueOf(c.id()), "score", "5")).statusCode());
        assertEquals(404, visitor.postForm("/danh-gia", Map.of("kind", "CONTEST", "object", "-5", "score", "5")).statusCode());
    }
}
