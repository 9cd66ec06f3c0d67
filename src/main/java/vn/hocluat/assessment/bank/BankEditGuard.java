package vn.hocluat.assessment.bank;

/**
 * A veto on changing the questions of a bank, asked before every question write (add, import,
 * edit, activate, delete). The bank pages know nothing of what uses a bank; a feature that needs
 * a bank to hold still for a while (a contest round that is open) implements this and throws a
 * {@link vn.hocluat.platform.web.Problem} (409) whose message says why and what to do instead.
 * An edit that changes only the key or the feedback (what takers see stays the same) is not asked:
 * that is how a wrong key is fixed before a regrade.
 */
public interface BankEditGuard {
    void checkQuestionsEditable(long bankId);
}
