package vn.hocluat.training;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.hocluat.learning.assign.AssignScene;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.support.Web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The province with communes A and B of AssignScene, plus helpers to record activities and roster persons through the pages. */
final class ActivityScene {
    final AssignScene s;
    final EmbeddedServer server;

    ActivityScene(ApplicationContext context, EmbeddedServer server) {
        this.s = new AssignScene(context);
        this.server = server;
    }

    Web as(CurrentUser user) {
        return AssignScene.login(server, user);
    }

    Web anonymous() {
        return new Web(server.getURI());
    }

    /** Records a HYBRID activity of the unit (05–06/03/2026, topics hoa-giai and phap-luat) and returns its id. */
    long activity(Web web, long unitId, String title) {
        HttpResponse<String> r = web.postForm("/activities", Map.of("title", title, "topics", "hoa-giai, phap-luat",
                "unitId", Long.toString(unitId), "mode", "HYBRID", "startsOn", "05/03/2026", "endsOn", "06/03/2026",
                "location", "Hội trường UBND xã", "link", "https://meet.example.vn/abc", "trainers", "Nguyễn Văn Bình"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/activities/\\d+\\?saved=1"), location);
        return Long.parseLong(location.replaceAll("/activities/(\\d+).*", "$1"));
    }

    /** A roster person of the unit (born 14/03/1985) with the phone as written. */
    long person(long unitId, String name, String phone, CurrentUser account) {
        long id = s.f.person(unitId, name, account);
        s.f.quiz.exec("update person set phone = ?, search_name = ? where id = ?", phone, Fold.fold(name), id);
        return id;
    }

    /** A form post with repeated fields (several personId values), carrying the CSRF token. */
    static HttpResponse<String> postPairs(Web web, String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))
                + "&csrfToken=" + enc(web.csrf());
        return web.post(path, "application/x-www-form-urlencoded", body);
    }

    String participant(long activityId, long personId) {
        return s.f.quiz.text("""
                select status || ' ' || completed || ' ' || source || ' ' || (checked_in_at is not null)
                from activity_participant where activity_id = ? and person_id = ?""", activityId, personId);
    }

    long count(String sql, Object... args) {
        return s.count(sql, args);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
