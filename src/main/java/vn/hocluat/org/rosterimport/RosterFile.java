package vn.hocluat.org.rosterimport;

import java.util.List;
import java.util.Map;

/**
 * A roster file after the checks that need no database: the columns it has (with their headers as
 * written in the file), every data row, and every problem found so far.
 */
record RosterFile(Map<ImportColumn, String> headers, List<RosterRow> rows, List<RowIssue> issues) {

    boolean has(ImportColumn column) {
        return headers.containsKey(column);
    }

    /** A problem with the file as a whole (header row or earlier): nothing row by row is worth checking. */
    boolean unreadable() {
        return issues.stream().anyMatch(i -> i.row() <= 1);
    }
}
