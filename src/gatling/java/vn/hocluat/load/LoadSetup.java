package vn.hocluat.load;

import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.support.Web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * The round the load run plays: a new commune for the entrants and a contest published through the
 * organiser pages as the administrator (GIFT pool of twice the questions drawn, one round open until
 * 2099, unlimited attempts, 20 minutes), as an organiser would make it. Also the database counts.
 */
final class LoadSetup {
    /** What the simulation needs of the round. */
    record Round(String slug, long roundId, long quizId, long unitId, long firstPhone) {
    }

    private LoadSetup() {
    }

    static Round prepare(LoadSettings s) {
        try (Connection db = connect(s)) {
            long root = one(db, "select id from unit where parent_id is null order by id limit 1");
            String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            long commune = one(db, "insert into unit (code, name, search_name, kind, parent_id, path, depth, urban, population) "
                    + "select 'LOAD" + tag + "', 'Xã Tải Thử " + tag + "', 'xa tai thu " + tag.toLowerCase() + "', 'COMMUNE', p.id, p.path, "
                    + "p.depth + 1, false, 100000 from unit p where p.id = " + root + " returning id");
            one(db, "update unit set path = path || id || '/' where id = " + commune + " returning id");

            Web web = new Web(URI.create(s.base())).login("admin", s.adminPassword());
            String title = "Cuộc thi tải thử " + tag;
            check(web.postForm("/contests/manage", Map.of("title", title, "unitId", String.valueOf(root), "rules", "Thể lệ thử tải",
                    "minAge", "", "drawCount", String.valueOf(s.questions()), "timeLimit", "20", "attempts", "",
                    "predictionKind", "NONE")), "create");
            long contest = one(db, "select id from contest where title = '" + title + "'");
            long bank = one(db, "select bank_id from contest where id = " + contest);
            check(web.postFile("/banks/" + bank + "/import", "pool.gift", ContestFixtures.gift(2 * s.questions()).getBytes(StandardCharsets.UTF_8),
                    Map.of()), "import");
            check(web.postForm("/contests/manage/" + contest + "/rounds", Map.of("name", "Vòng tải thử",
                    "opensAt", "01/01/2020 08:00", "closesAt", "31/12/2099 20:00")), "round");
            check(web.postForm("/contests/manage/" + contest + "/publish", Map.of()), "publish");
            long round = one(db, "select id from contest_round where contest_id = " + contest);
            long quiz = one(db, "select quiz_id from contest_round where id = " + round);
            String slug = text(db, "select slug from contest where id = " + contest);
            // phones 03xxxxxxxx after the highest one an earlier run registered
            long firstPhone = one(db, "select coalesce(max(phone::bigint), 300000000) + 1 from entrant where phone like '03%'");
            return new Round(slug, round, quiz, commune, firstPhone);
        } catch (SQLException e) {
            throw new IllegalStateException("load set-up failed", e);
        }
    }

    /** Submitted attempts of the quiz, as the database has them. */
    static long submitted(LoadSettings s, long quizId) {
        try (Connection db = connect(s)) {
            return one(db, "select count(*) from attempt where state = 'SUBMITTED' and quiz_id = " + quizId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(LoadSettings s) throws SQLException {
        return DriverManager.getConnection(s.dbUrl(), s.dbUser(), s.dbPassword());
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void check(HttpResponse<String> r, String step) {
        if (r.statusCode() != 303) {
            throw new IllegalStateException("load set-up step " + step + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
