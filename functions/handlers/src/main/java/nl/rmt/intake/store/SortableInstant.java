package nl.rmt.intake.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants for sort keys. {@link Instant#toString()} drops trailing zero fractions, so "…:00Z" would sort after
 * "…:00.123Z"; a fixed width keeps string order equal to time order.
 */
final class SortableInstant {

    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SortableInstant() {
    }

    static String of(Instant instant) {
        return FIXED_WIDTH.format(instant);
    }

    /** The sort key of a case in a time-ordered index: the instant, then the case id for cases at the same instant. */
    static String ofCase(Instant instant, String caseId) {
        return of(instant) + "#" + caseId;
    }
}
