package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creating, editing and publishing courses in the web UI. Every call checks the caller: authors
 * (ADMIN, MANAGER, TRAINER) of the owner unit's subtree ({@link CourseAccess#requireEdit}).
 * <p>
 * Versions: saving changes nothing by itself; publishing raises the version by one when something
 * was saved since the course was last published (or imported from files), so an exported folder
 * carries a higher version and replaces the older copy where it is imported. A new course's first
 * publication is version 1.
 */
@Singleton
class CourseEditor {
    private final CourseStore store;
    private final CourseAccess access;
    private final UnitScope scope;
    private final MediaIntake media;

    CourseEditor(CourseStore store, CourseAccess access, UnitScope scope, MediaIntake media) {
        this.store = store;
        this.access = access;
        this.scope = scope;
        this.media = media;
    }

    static void requireAuthor(CurrentUser user) {
        if (!user.author()) {
            throw Problem.forbidden();
        }
    }

    @ReadOnly
    List<CourseLine> list(CurrentUser user) {
        requireAuthor(user);
        return store.list(scope.pathPrefix(user));
    }

    @ReadOnly
    CourseRow get(CurrentUser user, long id) {
        access.requireEdit(user, id);
        return store.find(id).orElseThrow(Problem::notFound);
    }

    @Transactional
    long create(CurrentUser user, Map<String, Object> values, @Nullable Upload cover) {
        requireAuthor(user);
        Checked checked = checked(user, values, null, cover);
        long id = store.insert(checked.data(), user.accountId());
        storeCover(id, checked.cover(), null);
        return id;
    }

    @Transactional
    void update(CurrentUser user, long id, Map<String, Object> values, @Nullable Upload cover) {
        CourseRow current = get(user, id);
        if (current.slugLocked()) {
            values.put("slug", current.slug());
        }
        Checked checked = checked(user, values, current, cover);
        store.update(id, checked.data());
        storeCover(id, checked.cover(), current.coverMediaId());
    }

    /** Publishes the course (see the class comment for the version); returns the version published. */
    @Transactional
    int publish(CurrentUser user, long id) {
        access.requireEdit(user, id);
        return store.publish(id);
    }

    @Transactional
    void unpublish(CurrentUser user, long id) {
        access.requireEdit(user, id);
        store.unpublish(id);
    }

    /** The course data and the cover image, both checked. */
    private record Checked(CourseData data, @Nullable MediaIntake.Checked cover) {
    }

    private Checked checked(CurrentUser user, Map<String, Object> values, @Nullable CourseRow current, @Nullable Upload cover) {
        List<Invalid.FieldError> errors = new ArrayList<>();
        CourseData d = CourseForm.check(values, errors);
        if (errors.stream().noneMatch(e -> e.field().equals("slug")) && !d.slug().isEmpty()
                && store.slugTaken(d.slug(), current == null ? null : current.id())) {
            errors.add(new Invalid.FieldError("slug", "author.course.error.slugTaken", d.slug()));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("unitId")) && !scope.contains(user, d.unitId())) {
            errors.add(new Invalid.FieldError("unitId", "author.course.error.unit"));
        }
        MediaIntake.Checked image = null;
        if (cover != null) {
            try {
                image = media.check("cover", MediaKind.IMAGE, cover);
            } catch (Invalid e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Checked(d, image);
    }

    private void storeCover(long courseId, @Nullable MediaIntake.Checked cover, @Nullable Long previous) {
        if (cover == null) {
            return;
        }
        long mediaId = media.store(courseId, cover, previous);
        store.setCover(courseId, mediaId);
        if (previous != null && previous != mediaId) {
            media.dropIfUnused(previous);
        }
    }
}
