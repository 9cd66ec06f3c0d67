package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Params;

import java.util.HashMap;
import java.util.Map;

/** The model the filtered manager lists share: the page of rows, the unit and course pickers and the chosen ones. */
@Singleton
class ListModel {
    private final CourseChoices courses;
    private final UnitDirectory units;

    ListModel(CourseChoices courses, UnitDirectory units) {
        this.courses = courses;
        this.units = units;
    }

    Map<String, Object> of(CurrentUser user, Paged<?> result, @Nullable Long unitId, @Nullable Long courseId) {
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("units", units.options(user));
        model.put("courses", courses.options(user));
        model.put("unitId", Params.text(unitId));
        model.put("courseId", Params.text(courseId));
        return model;
    }
}
