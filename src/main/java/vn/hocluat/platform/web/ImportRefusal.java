package vn.hocluat.platform.web;

import io.micronaut.http.HttpRequest;
import vn.hocluat.platform.files.RowError;

import java.util.List;
import java.util.Map;

/**
 * How an import page shows a refused file: a problem of the file as a whole as one sentence
 * ("refused"), row problems as a count of rows ("summary") and the table of every error ("errors").
 */
public final class ImportRefusal {
    private ImportRefusal() {
    }

    public static void put(Map<String, Object> model, Pages pages, HttpRequest<?> request, List<RowError> errors) {
        if (errors.size() == 1 && errors.get(0).column() == null) {
            model.put("refused", pages.text(request, "import.refused", errors.get(0).message()));
        } else {
            model.put("summary", pages.text(request, "import.summary", errors.stream().mapToInt(RowError::row).distinct().count()));
            model.put("errors", errors);
        }
    }
}
