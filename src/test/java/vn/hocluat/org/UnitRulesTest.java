package vn.hocluat.org;

import org.junit.jupiter.api.Test;
import vn.hocluat.platform.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.org.UnitKind.*;

class UnitRulesTest {
    private final UnitValues values = new UnitValues(new Messages());

    @Test
    void kinds_allowed_under_each_level_of_the_tree() {
        assertEquals(List.of(PROVINCE, AGENCY), UnitRules.kindsUnder(NATION));
        assertEquals(List.of(COMMUNE, WARD, SPECIAL_ZONE, AGENCY), UnitRules.kindsUnder(PROVINCE));
        assertEquals(List.of(VILLAGE, RESIDENTIAL_GROUP, AGENCY), UnitRules.kindsUnder(WARD));
        assertEquals(List.of(VILLAGE, RESIDENTIAL_GROUP, AGENCY), UnitRules.kindsUnder(SPECIAL_ZONE));
        assertEquals(List.of(AGENCY), UnitRules.kindsUnder(VILLAGE));
        assertEquals(List.of(AGENCY), UnitRules.kindsUnder(AGENCY));
        assertFalse(UnitRules.allowedUnder(PROVINCE, VILLAGE));
        assertFalse(UnitRules.allowedUnder(NATION, COMMUNE));
    }

    @Test
    void kind_is_read_from_enum_name_or_vietnamese_label_without_diacritics() {
        assertEquals(VILLAGE, values.kind("VILLAGE"));
        assertEquals(VILLAGE, values.kind("Thôn/ấp/bản"));
        assertEquals(VILLAGE, values.kind("ap"));
        assertEquals(RESIDENTIAL_GROUP, values.kind("to dan pho"));
        assertEquals(PROVINCE, values.kind("Thành phố"));
        assertEquals(AGENCY, values.kind("Cơ quan, đơn vị"));
        assertEquals(SPECIAL_ZONE, values.kind("đặc khu"));
        assertEquals(COMMUNE, values.kind("xa"));
        assertNull(values.kind("Huyện"));
    }

    @Test
    void fields_parse_with_vietnamese_urban_words_and_grouped_population() {
        Map<String, String> errors = new HashMap<>();
        UnitDraft d = values.parse(new UnitInput(" HP-01 ", " Xã  Kiến Hưng ", "Xã", "Nông thôn", "31.800"), errors);
        assertEquals(Map.of(), errors);
        assertEquals(new UnitDraft("HP-01", "Xã Kiến Hưng", COMMUNE, false, 31800), d);
        assertEquals(true, values.parse(new UnitInput("A", "A", "WARD", "thanh thi", "0"), errors).urban());
        assertEquals(true, values.parse(new UnitInput("A", "A", "WARD", "1", ""), errors).urban());
        assertEquals(Map.of(), errors);
    }

    @Test
    void every_bad_field_gets_its_message_key() {
        Map<String, String> errors = new HashMap<>();
        values.parse(new UnitInput("mã có dấu", "", "Huyện", "có lẽ", "-5"), errors);
        assertEquals(Map.of("code", "unit.error.code.format", "name", "unit.error.name", "kind", "unit.error.kind.unknown",
                "urban", "unit.error.urban", "population", "unit.error.population"), errors);
        errors.clear();
        values.parse(new UnitInput("", "X", "COMMUNE", "", "12.5"), errors);
        assertEquals(Map.of("code", "unit.error.code.required", "population", "unit.error.population"), errors);
        errors.clear();
        values.parse(new UnitInput("A", "X", "COMMUNE", "", "99999999999"), errors);
        assertTrue(errors.containsKey("population"));
    }
}
