package nl.rmt.intake.domain.form;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Unmodifiable sets of choices, in declaration order; lighter than {@link Set#copyOf}, which hashes every copy. */
final class EnumSets {

    private EnumSets() {
    }

    /** @throws NullPointerException when {@code values} is or holds null, as {@link Set#copyOf} would */
    static <E extends Enum<E>> Set<E> immutableCopy(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : Objects.requireNonNull(values, "values")) {
            copy.add(Objects.requireNonNull(value, "value"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
