package vn.hocluat.org;

/**
 * Kinds of administrative unit (since 1 July 2025 there is no district level) and agencies
 * that hang under a unit. The UI label of each is the message key unit.kind.&lt;NAME&gt;.
 */
public enum UnitKind {
    NATION, PROVINCE, COMMUNE, WARD, SPECIAL_ZONE, VILLAGE, RESIDENTIAL_GROUP, AGENCY
}
