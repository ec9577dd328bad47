package nl.rmt.intake.domain.casefile;

import java.util.UUID;

/** The internal id of a case; unlike the public reference it is never shown to the citizen. */
public final class CaseId {

    private CaseId() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
