package nl.rmt.intake.domain.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a choice from the form by its constant name, ignoring case and surrounding spaces. */
final class EnumValues {

    private EnumValues() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = typed.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst();
    }

    /** @return the allowed names, for an error message that tells the citizen what to choose */
    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
