package vn.hocluat.org.rosterimport;

import org.junit.jupiter.api.Test;
import vn.hocluat.org.Gender;
import vn.hocluat.org.TrainerLevel;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.org.AudienceGroup.ARMED_FORCES;
import static vn.hocluat.org.AudienceGroup.CITIZEN;
import static vn.hocluat.org.AudienceGroup.MEDIATOR;
import static vn.hocluat.org.AudienceGroup.OFFICIAL;
import static vn.hocluat.org.AudienceGroup.PROPAGANDIST;
import static vn.hocluat.org.AudienceGroup.REPORTER;
import static vn.hocluat.org.AudienceGroup.TEACHER;
import static vn.hocluat.org.AudienceGroup.TRAINER;

class ImportValuesTest {

    @Test
    void groups_accept_labels_abbreviations_and_enum_names_without_diacritics_or_case() {
        assertEquals(List.of(OFFICIAL, ARMED_FORCES, REPORTER, PROPAGANDIST, TEACHER, MEDIATOR, TRAINER, CITIZEN),
                List.copyOf(ImportValues.groups("CBCCVC; luc luong vu trang; BÁO CÁO VIÊN; Tuyên truyền viên; "
                        + "giáo viên; HOA_GIAI_VIEN; Tập huấn viên; Người dân").groups()));
        assertEquals(List.of(MEDIATOR, TRAINER), List.copyOf(ImportValues.groups("MEDIATOR;TRAINER").groups()));
    }

    @Test
    void the_comma_inside_the_officials_label_does_not_split_it() {
        ImportValues.Groups g = ImportValues.groups("Cán bộ, công chức, viên chức, Hòa giải viên");
        assertEquals(List.of(OFFICIAL, MEDIATOR), List.copyOf(g.groups()));
        assertEquals(List.of(), g.unknown());
        assertEquals(List.of(OFFICIAL, REPORTER), List.copyOf(ImportValues.groups("Cán bộ, công chức, viên chức; Báo cáo viên").groups()));
    }

    @Test
    void unknown_parts_are_reported_as_written() {
        ImportValues.Groups g = ImportValues.groups("Giáo viên, Thợ mộc; Nông dân");
        assertEquals(List.of(TEACHER), List.copyOf(g.groups()));
        assertEquals(List.of("Thợ mộc", "Nông dân"), g.unknown());
    }

    @Test
    void genders_and_levels_in_vietnamese_or_english() {
        assertEquals(Optional.of(Gender.FEMALE), ImportValues.gender("Nữ"));
        assertEquals(Optional.of(Gender.MALE), ImportValues.gender("MALE"));
        assertEquals(Optional.of(Gender.OTHER), ImportValues.gender("khác"));
        assertEquals(Optional.empty(), ImportValues.gender("X"));
        assertEquals(Optional.of(TrainerLevel.CENTRAL), ImportValues.level("Trung ương"));
        assertEquals(Optional.of(TrainerLevel.PROVINCIAL), ImportValues.level("tinh"));
        assertEquals(Optional.of(TrainerLevel.COMMUNE), ImportValues.level("Cấp xã"));
        assertEquals(Optional.empty(), ImportValues.level("Huyện"));
    }

    @Test
    void phones_lose_separators_and_regain_the_zero_excel_dropped() {
        assertEquals(Optional.of("0912345678"), ImportValues.phone("0912 345 678"));
        assertEquals(Optional.of("0912345678"), ImportValues.phone("912345678"));
        assertEquals(Optional.of("+84912345678"), ImportValues.phone("+84 912.345.678"));
        assertEquals(Optional.of("02033123456"), ImportValues.phone("(0203) 3123-456"));
        assertEquals(Optional.empty(), ImportValues.phone("12345"));
        assertEquals(Optional.empty(), ImportValues.phone("0912abc678"));
    }

    @Test
    void emails_need_a_name_an_at_and_a_dotted_domain() {
        assertTrue(ImportValues.email("an.nguyen@tuphap.gov.vn"));
        assertFalse(ImportValues.email("an.nguyen@tuphap"));
        assertFalse(ImportValues.email("an nguyen@tuphap.vn"));
        assertFalse(ImportValues.email("khong-phai-email"));
    }
}
