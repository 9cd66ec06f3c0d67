package vn.hocluat.platform.files;

import vn.hocluat.platform.text.Fold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A spreadsheet-like file read into memory: the header row and the data rows as trimmed strings.
 * Row numbers are those a user sees in Excel: the header is row 1, the first data row is row 2.
 */
public record Table(List<String> header, List<Row> rows) {

    /** A data row; {@code number} is its row number in the file. */
    public record Row(int number, List<String> cells) {
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Column positions by header, matched without diacritics, case or spaces, so that "Họ và tên",
     * "ho va ten" and "HO_VA_TEN" are the same column.
     */
    public Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(key(header.get(i)), i);
        }
        return index;
    }

    /** The position of the first header among the accepted names, if present. */
    public Optional<Integer> column(String... acceptedNames) {
        Map<String, Integer> index = columnIndex();
        for (String name : acceptedNames) {
            Integer i = index.get(key(name));
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public static String key(String header) {
        return Fold.fold(header).replaceAll("[^a-z0-9]", "");
    }
}
