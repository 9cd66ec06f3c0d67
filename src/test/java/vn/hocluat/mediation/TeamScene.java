package vn.hocluat.mediation;

import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;

/**
 * The units, accounts and roster people the team page and import tests share: commune A with
 * village A (manager A), commune B (manager B), a learner of commune A.
 */
final class TeamScene {
    final Scene scene;
    final Fixtures fixtures;
    final long communeA;
    final long villageA;
    final long communeB;
    final String communeACode;
    final String villageACode;
    final String communeBCode;
    final String managerA;
    final String managerB;
    final String learnerA;

    TeamScene(Scene scene) {
        this.scene = scene;
        this.fixtures = scene.fixtures;
        long province = scene.province("Tỉnh Tổ Hòa Giải");
        communeACode = Fixtures.unique("XA");
        villageACode = Fixtures.unique("TA");
        communeA = fixtures.unit(province, communeACode, "Xã An Hòa", "COMMUNE");
        villageA = fixtures.unit(communeA, villageACode, "Thôn Một", "VILLAGE");
        communeBCode = Fixtures.unique("XB");
        communeB = fixtures.unit(province, communeBCode, "Xã Bình Minh", "COMMUNE");
        managerA = fixtures.account("MANAGER", communeA);
        managerB = fixtures.account("MANAGER", communeB);
        learnerA = fixtures.account("LEARNER", communeA);
    }

    /** A roster person of the unit in the MEDIATOR group; returns their code. */
    String mediator(long unit, String fullName, String gender, String ethnicity) {
        String code = Fixtures.unique("HG");
        long id = fixtures.queryLong("""
                insert into person (code, full_name, search_name, gender, ethnicity, unit_id, active_from)
                values (?, ?, ?, ?, ?, ?, date '2020-01-01') returning id""", code, fullName,
                vn.hocluat.platform.text.Fold.fold(fullName), gender, ethnicity, unit);
        fixtures.queryLong("insert into person_group (person_id, group_code) values (?, 'MEDIATOR') returning person_id", id);
        return code;
    }

    long personId(String code) {
        return fixtures.queryLong("select id from person where code = ?", code);
    }

    long teamId(long unit, String name) {
        return fixtures.queryLong("select id from mediation_team where unit_id = ? and name = ?", unit, name);
    }

    long count(String sql, Object... args) {
        return fixtures.queryLong(sql, args);
    }
}
