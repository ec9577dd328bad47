package nl.rmt.intake.domain.monitoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts per value of an enum, kept in the enum's order so that reports list them the same way every time. */
final class Tallies {

    private Tallies() {
    }

    static <E extends Enum<E>> EnumMap<E, Long> zeros(Class<E> type) {
        EnumMap<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }

    /** An enum's natural order is the order it declares its values in. */
    static <E extends Enum<E>> Map<E, Long> copyInOrder(Map<E, Long> counts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(counts)));
    }
}
