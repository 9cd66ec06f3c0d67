package vn.hocluat.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of every journey page really fail on an unlabelled field and on a heavy page. */
@MicronautTest(transactional = false)
class PageChecksTest extends JourneySupport {

    @Test
    void accessibility_check_fails_on_an_unlabelled_input() {
        try (Browser b = browser("checker", Browser.Viewport.DESKTOP)) {
            b.open("/test-fixtures/unlabelled");
            AssertionError e = assertThrows(AssertionError.class, () -> checks.accessibility(b, "unlabelled"));
            assertTrue(e.getMessage().contains("critical label: Form elements must have labels @ input"), e.getMessage());
        }
    }

    @Test
    void weight_check_fails_on_a_page_over_the_public_budget() {
        try (Browser b = browser("checker", Browser.Viewport.DESKTOP)) {
            b.open("/test-fixtures/heavy");
            AssertionError e = assertThrows(AssertionError.class, () -> checks.weight(b, "heavy"));
            assertTrue(e.getMessage().startsWith("page weight on step 'heavy' (/test-fixtures/heavy): "), e.getMessage());
            assertTrue(e.getMessage().contains("> budget 30720"), e.getMessage());
        }
    }

    @Test
    void both_checks_pass_on_the_login_page() {
        try (Browser b = browser("checker", Browser.Viewport.PHONE)) {
            b.open("/login");
            checks.check(b, "login");
        }
    }
}
