package vn.hocluat.plans.kpi;

/** DESIGN "Status": how a target stands at a date. */
public enum KpiStatus {
    MET, ON_TRACK, AT_RISK, BEHIND, NO_DATA
}
