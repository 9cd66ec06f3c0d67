package vn.hocluat.plans.dashboard;

import org.junit.jupiter.api.Test;
import vn.hocluat.plans.kpi.KpiStatus;
import vn.hocluat.plans.kpi.PersonList;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pure parts of the dashboard's model: shortened column headers, status names and the names of person lists. */
class DashboardViewTest {
    @Test
    void a_long_label_is_cut_at_a_word_with_an_ellipsis() {
        assertEquals("Ít nhất 80% cán bộ, công chức, viên chức tham…",
                DashboardView.shorten("Ít nhất 80% cán bộ, công chức, viên chức tham mưu công tác PBGDPL"));
        assertEquals("80% cán bộ được tập huấn", DashboardView.shorten("80% cán bộ được tập huấn"));
    }

    @Test
    void no_data_with_people_counted_reads_as_a_phase_not_begun() {
        assertEquals("plans.dashboard.status.NOT_STARTED", DashboardView.statusKey(KpiStatus.NO_DATA, 3L));
        assertEquals("plans.dashboard.status.NO_DATA", DashboardView.statusKey(KpiStatus.NO_DATA, 0L));
        assertEquals("plans.dashboard.status.NO_DATA", DashboardView.statusKey(KpiStatus.NO_DATA, null));
        assertEquals("plans.dashboard.status.BEHIND", DashboardView.statusKey(KpiStatus.BEHIND, 3L));
    }

    @Test
    void a_list_is_named_for_its_metric_when_the_bundle_says_so_else_generically() {
        Set<String> keys = Set.of("plans.dashboard.list.UNTRAINED.TRAINED_SHARE");
        assertEquals("plans.dashboard.list.UNTRAINED.TRAINED_SHARE",
                DashboardView.listKey(PersonList.UNTRAINED, "TRAINED_SHARE", keys::contains));
        assertEquals("plans.dashboard.list.UNTRAINED", DashboardView.listKey(PersonList.UNTRAINED, "TRAINER_RATIO", keys::contains));
    }
}
