package vn.hocluat.org.rosterimport;

import vn.hocluat.support.Fixtures;

/**
 * The units import tests start from: a province with communes A (and its village) and B, each
 * commune with its own manager. Codes are unique per call, so test classes never collide.
 */
record ImportScene(String communeA, String villageA, String communeB, String managerA, String managerB) {

    static ImportScene create(Fixtures fx) {
        long province = fx.unit(fx.rootId(), Fixtures.unique("P"), "Tỉnh Thử", "PROVINCE");
        String communeA = Fixtures.unique("XA");
        long a = fx.unit(province, communeA, "Xã An Bình", "COMMUNE");
        String villageA = Fixtures.unique("TA");
        fx.unit(a, villageA, "Thôn Đông", "VILLAGE");
        String communeB = Fixtures.unique("XB");
        long b = fx.unit(province, communeB, "Xã Bình Minh", "COMMUNE");
        return new ImportScene(communeA, villageA, communeB, fx.account("MANAGER", a), fx.account("MANAGER", b));
    }
}
