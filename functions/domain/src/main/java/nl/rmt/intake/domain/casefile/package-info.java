/**
 * A case's life after intake: its status history, checked against the allowed moves, and the identifiers that
 * name it. The internal {@link nl.rmt.intake.domain.casefile.CaseId} never leaves the system; the citizen only sees
 * the {@link nl.rmt.intake.domain.casefile.PublicReference}.
 */
package nl.rmt.intake.domain.casefile;
