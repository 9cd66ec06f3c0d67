package vn.hocluat.org.rosterimport;

import org.junit.jupiter.api.Test;
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.Gender;
import vn.hocluat.platform.files.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a checked file meets the stored roster: creates, updates, unchanged rows and scope. */
class RosterPlanTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Map<String, RosterPlan.UnitRef> UNITS = Map.of(
            "XA", new RosterPlan.UnitRef(7, "/1/5/7/"), "XB", new RosterPlan.UnitRef(8, "/1/5/8/"));
    static final PersonValues STORED = new PersonValues("Nguyễn Văn An", LocalDate.of(1985, 3, 15), Gender.MALE, "Kinh",
            "0912345678", null, 7, "Chuyên viên", LocalDate.of(2025, 1, 1), null,
            Set.of(new GroupValue(AudienceGroup.MEDIATOR, null, LocalDate.of(2024, 6, 10))));
    static final Map<String, RosterPlan.Existing> PEOPLE = Map.of("NV1", new RosterPlan.Existing(41, "/1/5/7/", STORED),
            "NV9", new RosterPlan.Existing(49, "/1/5/8/", STORED));

    static RosterPlan plan(List<String> header, List<String> row) {
        Table table = new Table(header, List.of(new Table.Row(2, row)));
        return RosterPlan.make(RosterParser.parse(table, TODAY), UNITS, PEOPLE, "/1/5/7/", TODAY);
    }

    @Test
    void columns_absent_from_the_file_keep_the_stored_values() {
        RosterPlan p = plan(List.of("Mã", "Họ và tên", "Mã đơn vị", "Nhóm đối tượng"), List.of("NV1", "Nguyễn Văn An", "XA", "HGV"));
        assertEquals(0, p.updates().size());
        assertEquals(0, p.creates().size());
        assertEquals(List.of(), p.issues());
    }

    @Test
    void an_empty_cell_of_a_present_column_clears_the_value() {
        RosterPlan p = plan(List.of("Mã", "Họ và tên", "Mã đơn vị", "Điện thoại"), List.of("NV1", "Nguyễn Văn An", "XA", ""));
        assertEquals(1, p.updates().size());
        assertEquals(null, p.updates().get(0).values().phone());
        assertEquals(STORED.groups(), p.updates().get(0).values().groups());
    }

    @Test
    void a_new_person_without_a_start_date_starts_today() {
        RosterPlan p = plan(List.of("Mã", "Họ và tên", "Mã đơn vị"), List.of("NV2", "Trần Thị Bình", "XA"));
        assertEquals(TODAY, p.creates().get(0).values().activeFrom());
        assertEquals(Set.of(), p.creates().get(0).values().groups());
    }

    @Test
    void the_end_date_is_checked_against_the_stored_start_date() {
        RosterPlan p = plan(List.of("Mã", "Họ và tên", "Mã đơn vị", "Hiệu lực đến"), List.of("NV1", "Nguyễn Văn An", "XA", "31/12/2024"));
        assertEquals(1, p.issues().size());
        assertEquals("import.error.activeTo", p.issues().get(0).key());
        assertEquals(List.of("31/12/2024", "01/01/2025", ImportColumn.ACTIVE_FROM), List.of(p.issues().get(0).args()));
    }

    @Test
    void a_code_stored_outside_the_scope_is_refused_even_when_moving_into_it() {
        RosterPlan p = plan(List.of("Mã", "Họ và tên", "Mã đơn vị"), List.of("NV9", "Nguyễn Văn An", "XA"));
        assertEquals(List.of("import.error.codeTaken"), p.issues().stream().map(RowIssue::key).toList());
        assertEquals(0, p.updates().size());
    }
}
