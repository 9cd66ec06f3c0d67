package vn.hocluat.assessment.grading;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A taker's answer in the question's own terms (not as displayed): the indexes of the chosen
 * {@code choices} (SINGLE, MULTIPLE, TRUE_FALSE), the typed text (SHORT_ANSWER, NUMERICAL), or for
 * each left item of a MATCHING question (pairs with a non-blank left, in order) the text of the
 * right item chosen, null where none was chosen.
 */
public record Answer(Set<Integer> chosen, @Nullable String text, List<String> matches) {
    public static final Answer NONE = new Answer(Set.of(), null, List.of());

    public static Answer choices(Collection<Integer> indexes) {
        return new Answer(Collections.unmodifiableSet(new TreeSet<>(indexes)), null, List.of());
    }

    public static Answer text(@Nullable String text) {
        return new Answer(Set.of(), text, List.of());
    }

    /** Right texts per left item; nulls allowed. */
    public static Answer matches(List<String> rights) {
        return new Answer(Set.of(), null, Collections.unmodifiableList(new ArrayList<>(rights)));
    }
}
