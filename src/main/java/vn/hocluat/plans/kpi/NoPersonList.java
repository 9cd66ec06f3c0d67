package vn.hocluat.plans.kpi;

import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.List;

/** A metric with no roster persons behind its number (teams, communes, ratings, citizens): no person list, asking for one is 400. */
interface NoPersonList extends KpiMetric {
    @Override
    default List<PersonList> personLists() {
        return List.of();
    }

    @Override
    default Paged<PersonRow> persons(TargetSpec target, UnitRef unit, LocalDate day, PersonList which, int page, int size) {
        throw Problem.badRequest("kpi.error.noPersons", code());
    }
}
