package vn.hocluat.contest.open;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.contest.open.PublicPlayScene.Player;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizens play on cheap phones: the sheet of 20 questions and the landing page must stay within
 * 30 KB of HTML (the shared stylesheet is cached and not counted). Measured on the raw HTML, before
 * the server's gzip, with questions, options and rules of realistic length.
 */
@MicronautTest(transactional = false)
class PublicPageSizeTest implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(PublicPageSizeTest.class);
    private static final int LIMIT = 30_720;
    private static final String CLAUSE = " theo quy định của Luật Phổ biến, giáo dục pháp luật năm 2012 và các văn bản hướng dẫn thi hành";

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    @Test
    void the_sheet_of_twenty_questions_and_the_landing_stay_under_thirty_kilobytes() {
        PublicPlayScene scene = new PublicPlayScene(context, server.getURI());
        Contest c = scene.contests.published(scene.organiser, scene.province, 20, 20, "", "FULL_SCORE_COUNT",
                List.of(Window.openNow("Tuần 1"), new Window("Tuần 2", "01/01/2100 08:00", "07/01/2100 20:00")));
        scene.fixtures.queryLong("""
                update question_version v set content = jsonb_set(jsonb_set(v.content, '{text}',
                    to_jsonb((v.content->>'text') || ? || ?)), '{choices}',
                    (select jsonb_agg(jsonb_set(o, '{text}', to_jsonb((o->>'text') || ?)) order by i)
                     from jsonb_array_elements(v.content->'choices') with ordinality t(o, i)))
                from question q where q.id = v.question_id and q.bank_id = ? returning 1""", CLAUSE, CLAUSE, CLAUSE, c.bankId());
        scene.fixtures.queryLong("update contest set rules_md = ? where id = ? returning 1",
                ("## Điều " + CLAUSE + "\n\n" + ("- Người dự thi" + CLAUSE + ".\n").repeat(4) + "\n").repeat(6), c.id());

        Player p = scene.player();
        String landing = p.web().get("/thi/" + c.slug()).body();
        String sheetPath = PublicPlayScene.location(p.web().postForm("/thi/" + c.slug() + "/vong/" + c.roundIds().get(0) + "/bat-dau",
                Map.of()));
        String sheet = p.web().get(sheetPath).body();
        String anonymousLanding = new Web(server.getURI()).get("/thi/" + c.slug()).body();

        assertEquals(20, sheet.split("<legend>Câu \\d", -1).length - 1, sheet);
        assertTrue(sheet.contains(CLAUSE.strip()), sheet);
        int sheetBytes = sheet.getBytes(StandardCharsets.UTF_8).length;
        int landingBytes = Math.max(landing.getBytes(StandardCharsets.UTF_8).length,
                anonymousLanding.getBytes(StandardCharsets.UTF_8).length);
        LOG.info("Public page sizes: sheet of 20 questions {} B raw, {} B gzip; landing {} B raw, {} B gzip",
                sheetBytes, gzip(sheet), landingBytes, gzip(landing));
        assertTrue(sheetBytes <= LIMIT, "sheet is " + sheetBytes + " bytes");
        assertTrue(landingBytes <= LIMIT, "landing is " + landingBytes + " bytes");
    }

    private static int gzip(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
