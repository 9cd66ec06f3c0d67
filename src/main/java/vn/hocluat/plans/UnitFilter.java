package vn.hocluat.plans;

/** Which units of the subtree a target counts: all, urban or rural ones, pilot communes, or those listed. */
public enum UnitFilter {
    ALL, URBAN, RURAL, PILOT, LISTED
}
