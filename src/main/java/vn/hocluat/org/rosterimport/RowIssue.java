package vn.hocluat.org.rosterimport;

/**
 * A problem found in the file, before it is put into words: the spreadsheet row (0 = the file as a
 * whole, 1 = the header row), the column (null for the whole file) and a message key with its
 * arguments. The column's header becomes argument {0} of the message, so keys start counting at {1}.
 */
record RowIssue(int row, ImportColumn column, String key, Object... args) {
    static RowIssue ofFile(int row, String key, Object... args) {
        return new RowIssue(row, null, key, args);
    }
}
