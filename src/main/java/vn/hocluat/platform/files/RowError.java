package vn.hocluat.platform.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One problem in an imported file: the 1-based row as the user sees it in a spreadsheet (the
 * header is row 1), the column header, and a localised message.
 */
@Serdeable
public record RowError(int row, @Nullable String column, String message) {
}
