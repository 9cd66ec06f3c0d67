package vn.hocluat.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phone numbers as check-in compares them. */
class PhonesTest {
    @Test
    void plus_84_spaces_dots_and_dashes_reduce_to_the_domestic_number() {
        assertEquals("0912345678", Phones.normalise("+84 912.345-678"));
        assertEquals("0912345678", Phones.normalise("84912345678"));
        assertEquals("0912345678", Phones.normalise("0912 345 678"));
        assertEquals("02283123456", Phones.normalise("+84 228 3123 456"));
        assertEquals("", Phones.normalise(null));
        assertEquals("8412", Phones.normalise("84 12"));
    }
}
