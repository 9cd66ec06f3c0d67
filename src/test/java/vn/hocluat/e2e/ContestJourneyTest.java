package vn.hocluat.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;
import vn.hocluat.support.XlsxText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7 "done when": an organiser creates and publishes a two-round contest from a GIFT pool with
 * prizes; on phones, entrants of three communes register and play (the two with full scores predict
 * differently, the closer one plays slower); a bot answers everything in a blink; round 1 closes, the
 * organiser freezes the ranking (prediction tie-break applied), finds the bot flagged as too fast and
 * disqualifies it with a reason, the ranking is frozen again without it; winners and unit statistics
 * export to XLSX; the bot reads its status on the landing page.
 */
@MicronautTest(transactional = false)
@Property(name = "hocluat.contest.fast-seconds-per-question", value = "1")
class ContestJourneyTest extends JourneySupport {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final int DRAW = 5;
    private static final Pattern OPTION = Pattern.compile("name=\"c(\\d+)\" value=\"(\\d+)\">\\s*(?:<p>)?(Đúng|Sai)");

    @Inject
    ApplicationContext context;

    /** An entrant as the journey plays them: commune, answers right, prediction, seconds spent on the sheet. */
    private record Player(String name, String birthDate, long unitId, String unitName, int right, String prediction, long seconds) {
    }

    @Test
    void organiser_publishes_entrants_play_on_phones_round_one_is_frozen_reviewed_and_exported() throws IOException {
        Fixtures f = new Fixtures(context);
        String tag = Fixtures.unique("").replaceAll("\\D", "");
        long province = f.unit(f.rootId(), Fixtures.unique("HT"), "Tỉnh Hành Trình " + tag, "PROVINCE");
        long dongTam = commune(f, province, "Xã Đồng Tâm " + tag, 1000);
        long hoaBinh = commune(f, province, "Xã Hòa Bình " + tag, 400);
        long quangTrung = commune(f, province, "Phường Quang Trung " + tag, 800);
        String username = f.account("ORGANISER", province);
        CurrentUser organiser = new CurrentUser(0, username, username, Role.ORGANISER, province);
        String title = "Tìm hiểu pháp luật về hòa giải ở cơ sở " + tag;

        long contestId;
        String slug;
        long round1;
        try (Browser b = browser("contest-organiser", Browser.Viewport.DESKTOP)) {
            JourneyFiles.signIn(b, organiser);
            contestId = createContest(b, title, province);
            slug = f.queryString("select slug from contest where id = ?", contestId);
            importPool(b, contestId);
            LocalDateTime now = LocalDateTime.now(Dates.ZONE);
            addRound(b, "Tuần 1", now.minusHours(1), now.plusHours(2));
            addRound(b, "Tuần 2", now.plusHours(3), now.plusDays(7));
            round1 = f.queryLong("select id from contest_round where contest_id = ? and position = 1", contestId);
            addPrize(b, round1, "INDIVIDUAL", 1, "Giải Nhất");
            addPrize(b, round1, "INDIVIDUAL", 2, "Giải Nhì");
            addPrize(b, round1, "UNIT_HIGHEST_RATE", 1, "Giải tập thể");
            b.submit(By.cssSelector("form[action$='/publish'] button")).step("published");
            assertEquals(2, f.queryLong("""
                    select count(*) from contest c join contest_round r on r.contest_id = c.id
                    where c.id = ? and c.status = 'PUBLISHED' and r.quiz_id is not null""", contestId));
        }

        List<Player> players = List.of(
                new Player("Nguyễn Văn An", "12/03/1985", dongTam, "Xã Đồng Tâm " + tag, DRAW, "2", 8),
                new Player("Trần Thị Bình", "20/07/1992", hoaBinh, "Xã Hòa Bình " + tag, DRAW, "9", 5),
                new Player("Lê Thị Cúc", "01/01/1978", quangTrung, "Phường Quang Trung " + tag, DRAW - 1, "2", 5));
        for (Player p : players) {
            playOnPhone(p, slug);
        }
        Web bot = new Web(server.getURI());
        playAsBot(bot, slug, round1, dongTam);

        // round 1 ends: its close time (and its quiz's) moves to a minute ago, as if the week had passed
        new ContestFixtures(context, server.getURI()).close(round1);

        try (Browser b = browser("contest-review", Browser.Viewport.DESKTOP)) {
            JourneyFiles.signIn(b, organiser);
            b.open("/contests/manage/" + contestId).click(By.cssSelector("a.round-ranking")).step("ranking-provisional");
            b.submit(By.cssSelector("form[action$='/freeze'] button")).step("ranking-frozen");
            // full scores: An, Bình and the bot → actual 3; the bot predicted 3 (error 0), An 2 (1), Bình 9 (6)
            assertEquals(List.of("Đỗ Văn Nhanh", "Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Cúc"), rankedNames(b));

            b.click(By.cssSelector("a[href$='/flags']")).step("flags");
            WebElement fast = b.driver().findElement(By.xpath("//tr[contains(., 'Đỗ Văn Nhanh')]"));
            assertTrue(fast.getText().startsWith("Làm bài quá nhanh"), fast.getText());
            fast.findElement(By.cssSelector("a[href*='/entrants/']")).click();
            b.step("decide");
            b.type("reason", "Nộp bài 5 câu trong chưa đầy 1 giây, không thể là người đọc đề.")
                    .submit(By.cssSelector("form[action$='/disqualify'] button[type=submit]")).step("disqualified");

            b.open("/contests/manage/" + contestId + "/rounds/" + round1 + "/ranking").step("ranking-refrozen");
            // without the bot: An and Bình full (actual 2): An's prediction is exact, so An ranks above the faster Bình
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Cúc"), rankedNames(b));
            assertEquals(2, f.queryLong("select prediction_actual from contest_round where id = ?", round1));

            b.open("/contests/manage/" + contestId + "/rounds/" + round1 + "/winners").step("winners");
            String winners = workbook(JourneyFiles.download(b,
                    b.driver().findElement(By.cssSelector("a[href$='/winners.xlsx']")).getAttribute("href")));
            assertTrue(winners.contains("Giải Nhất") && winners.contains("Nguyễn Văn An"), winners);
            assertTrue(winners.contains("Giải Nhì") && winners.contains("Trần Thị Bình"), winners);
            // participation rate: Hòa Bình 1 of 400 beats Đồng Tâm 1 (or 2 with the bot) of 1,000 and Quang Trung 1 of 800
            assertTrue(winners.contains("Giải tập thể") && winners.contains("Xã Hòa Bình " + tag), winners);

            // statistics count every entry, the disqualified bot's too (Đồng Tâm: An and the bot)
            b.open("/contests/manage/" + contestId + "/statistics").step("statistics");
            String stats = workbook(JourneyFiles.download(b,
                    b.driver().findElement(By.cssSelector("a[href*='statistics.xlsx']")).getAttribute("href")));
            assertTrue(stats.contains("|Xã Đồng Tâm " + tag + "|n:1000|n:2|n:2|n:0.2|n:2\n"), stats);
            assertTrue(stats.contains("|Xã Hòa Bình " + tag + "|n:400|n:1|n:1|n:0.25|n:1\n"), stats);
            assertTrue(stats.contains("|Phường Quang Trung " + tag + "|n:800|n:1|n:1|n:0.13|n:0\n"), stats);
        }

        String landing = bot.get("/thi/" + slug).body();
        assertTrue(landing.contains("id=\"disqualified\""), landing);
        assertTrue(landing.contains("Nộp bài 5 câu trong chưa đầy 1 giây"), landing);
    }

    private static long commune(Fixtures f, long province, String name, int population) {
        long id = f.unit(province, Fixtures.unique("XJ"), name, "COMMUNE");
        f.queryLong("update unit set population = ? where id = ? returning 1", population, id);
        return id;
    }

    private static long createContest(Browser b, String title, long province) {
        b.open("/contests/manage/new").step("contest-form");
        b.type("title", title).type("rules", "Cuộc thi dành cho **mọi người dân** trong tỉnh.\n\nMỗi lượt thi gồm 5 câu hỏi.")
                .type("drawCount", String.valueOf(DRAW)).type("timeLimit", "10");
        new Select(b.driver().findElement(By.id("unitId"))).selectByValue(String.valueOf(province));
        new Select(b.driver().findElement(By.id("predictionKind"))).selectByValue("FULL_SCORE_COUNT");
        b.submit(By.cssSelector("main form[method=post] button[type=submit]")).step("contest-created");
        String path = b.path();
        assertTrue(path.matches("/contests/manage/\\d+"), path);
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static void importPool(Browser b, long contestId) throws IOException {
        StringBuilder gift = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            gift.append("::Câu ").append(i).append(":: Câu hỏi về Luật Hòa giải ở cơ sở số ").append(i)
                    .append("? {=Đúng ").append(i).append(" ~Sai ").append(i).append(" (a) ~Sai ").append(i).append(" (b)}\n\n");
        }
        Path file = Files.createTempFile("ngan-hang", ".gift");
        Files.writeString(file, gift.toString(), StandardCharsets.UTF_8);
        b.click(By.cssSelector("a[href$='/import']")).step("pool-import");
        b.driver().findElement(By.id("file")).sendKeys(file.toString());
        b.submit(By.cssSelector("main form[enctype='multipart/form-data'] button[type=submit]")).step("pool-imported");
        Files.delete(file);
        b.open("/contests/manage/" + contestId);
    }

    private static void addRound(Browser b, String name, LocalDateTime opens, LocalDateTime closes) {
        b.type("name", name).type("opensAt", opens.format(MINUTES)).type("closesAt", closes.format(MINUTES))
                .submit(By.cssSelector("form[action$='/rounds'] button[type=submit]")).step("round-added");
    }

    private static void addPrize(Browser b, long roundId, String kind, int tier, String name) {
        new Select(b.driver().findElement(By.id("roundId"))).selectByValue(String.valueOf(roundId));
        new Select(b.driver().findElement(By.id("kind"))).selectByValue(kind);
        b.type("tier", String.valueOf(tier)).type("prizeName", name).type("count", "1")
                .submit(By.cssSelector("form[action$='/prizes'] button[type=submit]")).step("prize-added");
    }

    private void playOnPhone(Player p, String slug) {
        try (Browser b = browser("contest-entrant", Browser.Viewport.PHONE)) {
            b.open("/thi/" + slug).step("landing");
            b.click(By.cssSelector("a[href='/thi/dang-ky']")).step("register");
            b.type("q", p.unitName()).submit(By.cssSelector("form.filters button")).step("unit-found");
            b.driver().findElement(By.cssSelector("input[name=unitId][value='" + p.unitId() + "']")).click();
            b.type("phone", ContestFixtures.freshPhone()).type("fullName", p.name()).type("birthDate", p.birthDate());
            b.driver().findElement(By.cssSelector("input[name=consent]")).click();
            b.submit(By.cssSelector("form[method=post][action='/thi/dang-ky'] button[type=submit]")).step("registered");
            assertTrue(b.driver().findElement(By.className("signin-code")).getText().matches("[A-Z0-9]{6}"), b.text());

            b.open("/thi/" + slug).submit(By.cssSelector("form[action$='/bat-dau'] button")).step("sheet");
            long opened = System.nanoTime();
            for (int q = 0; q < DRAW; q++) {
                String wanted = q < p.right() ? "Đúng" : "Sai";
                b.driver().findElement(By.xpath("//label[input[@name='c" + q + "']][contains(., '" + wanted + "')]/input")).click();
            }
            b.type("duDoan", p.prediction());
            long waitMs = p.seconds() * 1000 - (System.nanoTime() - opened) / 1_000_000;
            pause(waitMs);
            b.submit(By.cssSelector("button[formaction$='/nop']")).step("result");
            assertEquals(p.right() + " / " + DRAW, b.driver().findElement(By.id("score")).getText());
        }
    }

    /** A script: registers through the form posts and submits every right answer at once, predicting 3. */
    private static void playAsBot(Web bot, String slug, long roundId, long unitId) {
        bot.get("/thi/dang-ky");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("phone", ContestFixtures.freshPhone());
        form.put("fullName", "Đỗ Văn Nhanh");
        form.put("birthDate", "02/02/2000");
        form.put("unitId", String.valueOf(unitId));
        form.put("idNumber", "");
        form.put("email", "");
        form.put("q", "");
        form.put("consent", "on");
        assertEquals(200, bot.postForm("/thi/dang-ky", form).statusCode());
        HttpResponse<String> started = bot.postForm("/thi/" + slug + "/vong/" + roundId + "/bat-dau", Map.of());
        String sheet = started.headers().firstValue("Location").orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(bot.get(sheet).body());
        while (m.find()) {
            if (m.group(3).equals("Đúng")) {
                answers.put("c" + m.group(1), m.group(2));
            }
        }
        answers.put("duDoan", "3");
        assertEquals(303, bot.postForm(sheet + "/nop", answers).statusCode());
    }

    /** Names in the ranking table, in rank order (the name cell holds the name, then the phone). */
    private static List<String> rankedNames(Browser b) {
        return b.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText().split("\\R")[0].strip()).toList();
    }

    /** Every sheet's rows as "sheet: cell|cell|…" lines. */
    private static String workbook(byte[] xlsx) {
        StringBuilder out = new StringBuilder();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach(r -> out.append(sheet.getName()).append(": ").append(String.join("|", XlsxText.cells(r))).append('\n'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
