package nl.rmt.intake.domain.casefile;

import java.util.UUID;
import java.util.regex.Pattern;

/** The internal id of a case; unlike the public reference it is never shown to the citizen. */
public final class CaseId {

    private static final Pattern WELL_FORMED =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CaseId() {
    }

    /** Whether the text has the shape of an id {@link #newId()} gives out; anything else names no case. */
    public static boolean isWellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
