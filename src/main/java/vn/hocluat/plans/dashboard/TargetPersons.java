package vn.hocluat.plans.dashboard;

import vn.hocluat.plans.Plan;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.plans.kpi.PersonRow;
import vn.hocluat.plans.kpi.UnitRef;
import vn.hocluat.platform.web.Paged;

import java.time.LocalDate;

/** The persons behind a target's number at a unit on a day: one list (untrained, counted, pending), by page. */
public record TargetPersons(Plan plan, Plan.Target target, UnitRef unit, LocalDate day, PersonList which,
                            Paged<PersonRow> rows) {
}
