package vn.hocluat.learning.assign;

import java.time.LocalDate;

/**
 * A person with an assigned course not completed: their unit, the course, the earliest due date
 * among the assignments that cover them, days left (negative: days overdue), and whether they have
 * an account (without one they cannot learn online).
 */
public record DueRow(long personId, String fullName, String code, String unitName, long courseId, String courseTitle,
                     LocalDate dueOn, long daysLeft, boolean hasAccount) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    public long daysOverdue() {
        return -daysLeft;
    }

    /** Message key of the state: overdue, due today, or days left. */
    public String stateKey() {
        return daysLeft < 0 ? "assign.due.state.overdue" : daysLeft == 0 ? "assign.due.state.today" : "assign.due.state.left";
    }

    public long stateDays() {
        return Math.abs(daysLeft);
    }
}
