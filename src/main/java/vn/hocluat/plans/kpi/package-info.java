/**
 * The KPI engine (DESIGN "The metrics"): {@link vn.hocluat.plans.kpi.KpiService} computes every target
 * of a plan at a unit and its child units on a day, from stored facts by SQL (summed per unit, see below).
 *
 * <p>The catalogue: one {@link vn.hocluat.plans.kpi.KpiMetric} bean per metric code (TrainedShare,
 * OnlineActivityShare, OnlineParticipationShare, NewMediatorTrainedInTime, MaterialAccessShare); a
 * target whose code no bean computes shows NO_DATA. Each metric is SQL over the facts, written once for
 * a scope of units tagged with a bucket ({@code Subtree}). For a unit U and its children the engine
 * sums per-unit counts ({@code KpiCounts}, table kpi_unit_count): each unit's numerator and denominator
 * over its own persons (activities: its own, and its persons' self-paced course-years as keys counted
 * distinct), for one target definition and day, grouped with {@code grouping sets ((bucket), ())} — U's
 * total and every child's at once. Refresh rule: triggers raise a unit's version (kpi_unit_version) in
 * the transaction of every write to a fact of its persons or activities; a count of an older version is
 * recomputed from the facts by the metric's SQL on the next read, so a check-in shows at once and costs
 * the recomputation of one commune; {@code KpiWarmUp} computes each new day's counts at night. The
 * status needs a second sum at the phase start (v(s)) while the day is inside the phase; the person
 * lists run the metric's SQL over the unit's subtree directly.
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
