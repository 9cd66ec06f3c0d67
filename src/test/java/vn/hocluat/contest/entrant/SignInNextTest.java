package vn.hocluat.contest.entrant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After signing in, an entrant returns only to a page of the contest site, never to another site. */
class SignInNextTest {
    @Test
    void sign_in_returns_only_to_a_contest_page() {
        assertEquals("/thi/abc-1", SignInController.safeNext("/thi/abc-1"));
        assertEquals("/thi/luot/12", SignInController.safeNext("/thi/luot/12"));
        assertEquals("", SignInController.safeNext("https://evil.example/thi/x"));
        assertEquals("", SignInController.safeNext("//evil.example"));
        assertEquals("", SignInController.safeNext("/thi/x?y=<script>"));
        assertEquals("", SignInController.safeNext(null));
    }
}
