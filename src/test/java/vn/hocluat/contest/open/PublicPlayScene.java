package vn.hocluat.contest.open;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.entrant.EntrantInput;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the public page tests share: a province with an organiser, a commune, signed-in entrants and answering a rendered sheet. */
final class PublicPlayScene {
    private static final Pattern OPTION = Pattern.compile("name=\"c(\\d+)\" value=\"(\\d+)\">\\s*(?:<p>)?(Đúng|Sai)");

    final Fixtures fixtures;
    final ContestFixtures contests;
    final long province;
    final long commune;
    final String organiser;
    private final URI server;
    private final EntrantService entrants;

    /** A signed-in entrant's browser. */
    record Player(long id, Web web) {
    }

    PublicPlayScene(ApplicationContext context, URI server) {
        this.server = server;
        this.fixtures = new Fixtures(context);
        this.contests = new ContestFixtures(context, server);
        this.entrants = context.getBean(EntrantService.class);
        this.province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TC"), "Tỉnh Công Khai", "PROVINCE");
        this.commune = fixtures.unit(province, Fixtures.unique("XC"), "Xã Công Khai", "COMMUNE");
        this.organiser = fixtures.account("ORGANISER", province);
    }

    /** Registers an entrant (born 09/05/1990) and signs them in through the sign-in page. */
    Player player() {
        String phone = ContestFixtures.freshPhone();
        EntrantService.Registered r = entrants.register(
                new EntrantInput(phone, "Lê Thị Dự Thi", LocalDate.of(1990, 5, 9), commune, null, null), "127.0.0.1");
        Web web = new Web(server);
        web.get("/thi/dang-nhap");
        HttpResponse<String> signedIn = web.postForm("/thi/dang-nhap", Map.of("phone", phone, "birthDate", "09/05/1990", "code", r.code()));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("entrant sign-in answered " + signedIn.statusCode());
        }
        return new Player(r.id(), web);
    }

    /** The form fields answering the first {@code right} questions of a rendered sheet with "Đúng n" and the rest with "Sai". */
    static Map<String, String> answers(String sheetHtml, int right) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(sheetHtml);
        while (m.find()) {
            int question = Integer.parseInt(m.group(1));
            String wanted = question < right ? "Đúng" : "Sai";
            if (m.group(3).equals(wanted) && !fields.containsKey("c" + question)) {
                fields.put("c" + question, m.group(2));
            }
        }
        return fields;
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }
}
