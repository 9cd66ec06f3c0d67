package vn.hocluat.org.rosterimport;

import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;

/**
 * The units import tests start from: a province with communes A (and its village) and B, each
 * commune with its own manager. The rows of a roster name units by code, so the codes are kept.
 */
record ImportScene(String communeA, String villageA, String communeB, String managerA, String managerB) {

    static ImportScene create(Scene scene) {
        Fixtures fx = scene.fixtures;
        long province = scene.province("Tỉnh Thử");
        String communeA = Fixtures.unique("XA");
        long a = fx.unit(province, communeA, "Xã An Bình", "COMMUNE");
        String villageA = Fixtures.unique("TA");
        fx.unit(a, villageA, "Thôn Đông", "VILLAGE");
        String communeB = Fixtures.unique("XB");
        long b = fx.unit(province, communeB, "Xã Bình Minh", "COMMUNE");
        return new ImportScene(communeA, villageA, communeB, fx.account("MANAGER", a), fx.account("MANAGER", b));
    }
}
