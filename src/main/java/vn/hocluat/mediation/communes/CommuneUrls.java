package vn.hocluat.mediation.communes;

/** The URLs of the communes pages, built in one place. */
public final class CommuneUrls {
    static final String BASE = "/mediation/communes";

    private CommuneUrls() {
    }

    /** The communes of a unit's subtree in a state (all, model, pilot): where a dashboard links MODEL_COMMUNE_SHARE. */
    public static String list(long unitId, String state) {
        return BASE + "?unit=" + unitId + "&state=" + state;
    }

    static String commune(long unitId) {
        return BASE + "/" + unitId;
    }
}
