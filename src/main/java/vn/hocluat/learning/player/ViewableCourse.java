package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.security.CurrentUser;

/** A course by its address, when the caller (null: anonymous) may view it; 404 otherwise. */
@Singleton
class ViewableCourse {
    private final CourseAccess access;

    ViewableCourse(CourseAccess access) {
        this.access = access;
    }

    CourseHead bySlug(@Nullable CurrentUser user, String slug) {
        return access.bySlug(slug).filter(c -> access.canView(user, c)).orElseThrow(Problem::notFound);
    }
}
