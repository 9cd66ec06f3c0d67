/**
 * The KPI engine (DESIGN "The metrics"): {@link vn.hocluat.plans.kpi.KpiService} computes every target
 * of a plan at a unit and its child units on a day, from stored facts by SQL, nothing precomputed.
 *
 * <p>The catalogue: one {@link vn.hocluat.plans.kpi.KpiMetric} bean per metric code (TrainedShare,
 * OnlineActivityShare, OnlineParticipationShare, NewMediatorTrainedInTime, MaterialAccessShare); a
 * target whose code no bean computes shows NO_DATA. Each metric is one statement per day asked: the
 * units of the subtree that pass the unit filter, each tagged with the child of U it lies under
 * ({@code Subtree}), grouped with {@code grouping sets ((bucket), ())} — U's total and every child's at
 * once. The status needs a second statement at the phase start (v(s)) while the day is inside the phase.
 *
 * <p>Choices where DESIGN is silent: an empty audience = every roster person; empty topics = any
 * topic; MONTHS window = the N whole months ending on the day; URBAN/RURAL = the flag of the nearest
 * unit on the path that has one; PILOT/LISTED = the unit or an ancestor is pilot/listed;
 * ONLINE_PARTICIPATION_SHARE filters on the target's topics and counts HYBRID by the plan's setting;
 * a self-paced course-year counts when one of its completions falls in the window; MATERIAL_ACCESS_SHARE
 * with no designated course counts any course; status before the phase start is NO_DATA unless MET, and
 * on the phase's first day or after its end the projection is the value itself (see StatusRule).
 */
package vn.hocluat.plans.kpi;
