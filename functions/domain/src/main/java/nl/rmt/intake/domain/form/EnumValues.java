package nl.rmt.intake.domain.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a choice from the form by its constant name, ignoring case and surrounding spaces. */
final class EnumValues {

    // Every form asks for several choices; the constants of each type are looked up by name once.
    private static final ClassValue<Map<String, ?>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(constant -> ((Enum<?>) constant).name(), Function.identity()));
        }
    };

    private EnumValues() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = typed.trim().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(type.cast(BY_NAME.get(type).get(name)));
    }

    /** @return the allowed names, for an error message that tells the citizen what to choose */
    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
