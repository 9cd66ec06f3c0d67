package vn.hocluat.org.rosterimport;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Streams rows into a {@code COPY … FROM STDIN (FORMAT csv)} of the PostgreSQL driver: every
 * value quoted, null as the unquoted empty field. Sent in chunks of about a megabyte.
 */
final class CopyRows implements AutoCloseable {
    private static final int CHUNK = 1 << 20;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)");
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object v = values[i];
            if (v != null) {
                String text = v instanceof LocalDate d ? d.toString() : v instanceof Enum<?> e ? e.name() : v.toString();
                buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
