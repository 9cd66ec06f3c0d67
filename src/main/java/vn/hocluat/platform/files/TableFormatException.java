package vn.hocluat.platform.files;

/** The file as a whole cannot be read as a table (empty, not really XLSX, wrong encoding…); carries a message key. */
public class TableFormatException extends Exception {
    private final String messageKey;
    private final transient Object[] args;

    public TableFormatException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
